package cn.tongcheng.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything {@link CompositeIndex#compute} found: per unit and node the chain of stages with what decided
 * each, the score and the rank; per indicator the resolved method and what outlier treatment did.
 */
public final class IndexResult {
    private record Key(String unit, String node) {
    }

    private final IndexStructure structure;
    private final List<String> units;
    private final List<NodeResult> results;
    private final Map<Key, NodeResult> byKey = new LinkedHashMap<>();
    private final Map<String, IndicatorMethod> methods;
    private final List<TreatmentReport> treatments;

    IndexResult(IndexStructure structure, List<String> units, List<NodeResult> results,
            Map<String, IndicatorMethod> methods, List<TreatmentReport> treatments) {
        this.structure = structure;
        this.units = List.copyOf(units);
        this.results = List.copyOf(results);
        for (NodeResult r : results) byKey.put(new Key(r.unit(), r.node()), r);
        this.methods = Map.copyOf(methods);
        this.treatments = List.copyOf(treatments);
    }

    public IndexStructure structure() {
        return structure;
    }

    /** The units by code. */
    public List<String> units() {
        return units;
    }

    /** All results, node by node in the structure's order, units by code within each node. */
    public List<NodeResult> results() {
        return results;
    }

    public NodeResult result(String unit, String node) {
        NodeResult r = byKey.get(new Key(unit, node));
        if (r == null) throw new IllegalArgumentException("no result for unit " + unit + " at node " + node);
        return r;
    }

    public OptionalDouble score(String unit, String node) {
        return result(unit, node).score();
    }

    public OptionalInt rank(String unit, String node) {
        return result(unit, node).rank();
    }

    /** The method that decided the indicator's stages (defaults and overrides resolved). */
    public IndicatorMethod method(String indicator) {
        IndicatorMethod m = methods.get(indicator);
        if (m == null) throw new IllegalArgumentException("no indicator " + indicator);
        return m;
    }

    /** One report per indicator, in the structure's order. */
    public List<TreatmentReport> treatments() {
        return treatments;
    }
}
