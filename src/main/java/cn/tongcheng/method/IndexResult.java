package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything {@link CompositeIndex#compute} found: per unit and node the score and the rank, the chain of stages
 * with what decided each (for an indicator, for the units whose stages were kept), per indicator the resolved
 * method and what outlier treatment did. Held in arrays by node position ({@link IndexStructure#position}) and
 * unit; a {@link NodeResult} is made when one is asked for.
 */
public final class IndexResult {

    /** The arrays of one computation, [node position][unit]; a row is null for a node that was left out. */
    static final class Table {
        final double[][] scores;
        final NoScoreReason[][] reasons;
        final int[][] ranks;
        /** An indicator's stages per unit, null for a unit whose stages were not kept (and the row null for none). */
        final List<StageValue>[][] chains;
        final Aggregates[] aggregates;

        @SuppressWarnings("unchecked")
        Table(int nodes, int units) {
            scores = new double[nodes][];
            reasons = new NoScoreReason[nodes][];
            ranks = new int[nodes][];
            chains = new List[nodes][];
            aggregates = new Aggregates[nodes];
        }
    }

    /** What decided an aggregate's score, per unit: how many children were used of how many, and their weight. */
    static final class Aggregates {
        final Aggregation aggregation;
        final OptionalDouble threshold;
        final int[] used;
        final int[] children;
        final double[] weightUsed;

        Aggregates(Aggregation aggregation, OptionalDouble threshold, int units) {
            this.aggregation = aggregation;
            this.threshold = threshold;
            used = new int[units];
            children = new int[units];
            weightUsed = new double[units];
        }
    }

    private final IndexStructure structure;
    private final List<String> units;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Table table;
    private final Map<String, IndicatorMethod> methods;
    private final List<TreatmentReport> treatments;

    IndexResult(IndexStructure structure, List<String> units, Table table, Map<String, IndicatorMethod> methods,
            List<TreatmentReport> treatments) {
        this.structure = structure;
        this.units = List.copyOf(units);
        for (String u : this.units) unitIndex.put(u, unitIndex.size());
        this.table = table;
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

    public boolean hasUnit(String unit) {
        return unitIndex.containsKey(unit);
    }

    /** All results, node by node in the structure's order, units by code within each node (every stage must have been kept). */
    public List<NodeResult> results() {
        List<NodeResult> out = new ArrayList<>();
        for (Node node : structure.nodes()) {
            for (String unit : units) out.add(result(unit, node.code()));
        }
        return out;
    }

    /**
     * The unit's result at the node with every stage; for an indicator only if the unit's stages were kept
     * (an {@link IllegalStateException} otherwise).
     */
    public NodeResult result(String unit, String node) {
        int u = unit(unit), at = node(unit, node);
        List<StageValue> stages;
        Aggregates a = table.aggregates[at];
        if (a != null) {
            NoScoreReason reason = table.reasons[at][u];
            stages = List.of(reason == null
                    ? StageValue.of(Stage.AGGREGATED, table.scores[at][u],
                            new Basis.Aggregated(a.aggregation, a.used[u], a.children[u], a.weightUsed[u], a.threshold))
                    : StageValue.missing(Stage.AGGREGATED, reason));
        } else {
            List<StageValue>[] chain = table.chains[at];
            if (chain == null || chain[u] == null)
                throw new IllegalStateException("the stages of " + unit + " at " + node + " were not kept");
            stages = chain[u];
        }
        return new NodeResult(unit, node, structure.level(node), stages, rank(at, u));
    }

    public OptionalDouble score(String unit, String node) {
        int u = unit(unit);
        double s = table.scores[node(unit, node)][u];
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** Why the unit has no score at the node, if it has none (kept whether or not the unit's stages were). */
    public java.util.Optional<NoScoreReason> noScoreReason(String unit, String node) {
        return java.util.Optional.ofNullable(table.reasons[node(unit, node)][unit(unit)]);
    }

    public OptionalInt rank(String unit, String node) {
        int u = unit(unit);
        return rank(node(unit, node), u);
    }

    /**
     * This result with its aggregates only (dimensions at every depth and the index): what an assessment keeps of a
     * year, a few numbers per unit and aggregate.
     */
    public IndexResult aggregatesOnly() {
        Table t = new Table(table.scores.length, units.size());
        for (int at = 0; at < table.scores.length; at++) {
            if (table.aggregates[at] == null) continue;
            t.scores[at] = table.scores[at];
            t.reasons[at] = table.reasons[at];
            t.ranks[at] = table.ranks[at];
            t.aggregates[at] = table.aggregates[at];
        }
        return new IndexResult(structure, units, t, methods, treatments);
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

    private OptionalInt rank(int at, int u) {
        int r = table.ranks[at][u];
        return r > 0 ? OptionalInt.of(r) : OptionalInt.empty();
    }

    private int unit(String unit) {
        Integer u = unitIndex.get(unit);
        if (u == null) throw new IllegalArgumentException("no result for unit " + unit);
        return u;
    }

    private int node(String unit, String node) {
        if (!structure.contains(node)) throw new IllegalArgumentException("no result for unit " + unit + " at node " + node);
        int at = structure.position(node);
        if (table.scores[at] == null) throw new IllegalStateException("the results at " + node + " were not kept");
        return at;
    }
}
