package cn.tongcheng.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.method.Basis;
import cn.tongcheng.method.IndexResult;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.method.Stage;
import cn.tongcheng.method.StageValue;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.MethodChoices;

/**
 * The whole chain of one indicator's score for a place: raw → denominated → imputed → treated → normalised,
 * then each aggregate above it up to the index, each step with what decided it and the table row that chose
 * that method ({@code file:row} of the method, indicators or dimensions table; empty for a built-in default).
 */
public final class MethodChain {

    /** One step: the node and stage, its value (empty if none), what decided it, and the row that chose how. */
    public record Step(String node, Stage stage, OptionalDouble value, StageValue basis, String decidedBy) {
    }

    private MethodChain() {
    }

    public static List<Step> of(IndexResult r, Catalogue catalogue, String place, String indicator) {
        MethodChoices c = catalogue.method().choices();
        List<Step> steps = new ArrayList<>();
        NodeResult n = r.result(place, indicator);
        for (StageValue v : n.stages()) {
            String row = switch (v.stage()) {
                case RAW -> "";
                case DENOMINATED -> c.origin("denominator:" + indicator);
                case IMPUTED -> v.basis() instanceof Basis.Imputed ? c.origin("imputation") : "";
                case TREATED -> v.basis() instanceof Basis.Untreated ? "" : c.origin("treatment");
                case NORMALISED -> c.normalisationOf().containsKey(indicator) ? c.origin("indicator:" + indicator)
                        : c.origin("normalisation");
                case AGGREGATED -> "";
            };
            steps.add(new Step(indicator, v.stage(), v.value(), v, row));
        }
        Optional<String> up = r.structure().node(indicator).parent();
        while (up.isPresent()) {
            String code = up.get();
            NodeResult a = r.result(place, code);
            int level = r.structure().level(code);
            Optional<Dimension> d = catalogue.dimension(code);
            String row = d.filter(x -> x.aggregation().isPresent()).map(Dimension::origin)
                    .orElse(c.aggregationAtLevel().containsKey(level) ? c.origin("aggregation.level." + level) : c.origin("aggregation"));
            StageValue last = a.stages().get(a.stages().size() - 1);
            steps.add(new Step(code.equals(YearIndex.ROOT) ? YearIndex.ROOT : code, Stage.AGGREGATED, last.value(), last, row));
            up = r.structure().node(code).parent();
        }
        return steps;
    }
}
