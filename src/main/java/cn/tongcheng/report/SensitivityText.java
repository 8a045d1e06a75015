package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.method.Uncertainty;
import cn.tongcheng.rules.SensitivityChoices;

/** A sensitivity result in words: the design, what was varied, which choice moves ranks most. */
public final class SensitivityText {
    /** One varied input and its alternatives, in the method table's words (the method's own first). */
    public record Varied(Uncertainty.Choice choice, String label, List<String> alternatives) {
    }

    /** Above this many pairs, overlapping intervals are counted, not listed. */
    static final int LISTED_OVERLAPS = 10;

    private SensitivityText() {
    }

    /** Places that never move, and the pairs whose order is not meaningful (counted when there are many). */
    static List<String> sentences(Sensitivity.Result r, Map<String, String> names, Messages m) {
        List<String> out = new ArrayList<>();
        List<String> fixed = r.places().stream().filter(Sensitivity.RankSpread::fixed)
                .map(s -> names.getOrDefault(s.place(), s.place()) + " (" + s.nominal() + ")").toList();
        if (!fixed.isEmpty()) out.add(m.get("sens.fixed", String.join(m.isChinese() ? "、" : ", ", fixed)));
        if (r.overlaps().size() > LISTED_OVERLAPS) {
            out.add(m.get("sens.overlaps.many", r.overlaps().size()));
        } else {
            r.overlaps().forEach(o -> out.add(m.get("sens.overlap", names.getOrDefault(o.first(), o.first()),
                    names.getOrDefault(o.second(), o.second()))));
            if (r.overlaps().isEmpty() && r.places().size() > 1) out.add(m.get("sens.no-overlap"));
        }
        return out;
    }

    /**
     * The design in one sentence: COINr's analysis type, the number of computations, the seed and the node; for a
     * year not ranked, why nothing was computed.
     */
    public static String method(Sensitivity.Result r, Assessment a, Messages m) {
        if (!r.analysed()) return notAnalysed(r, m);
        int inputs = r.influences().size();
        String node = node(a, r.node(), m);
        return r.design() == MethodSensitivity.Design.SENSITIVITY
                ? m.get("sens.design.sensitivity", r.samples(), inputs, r.runs(), r.seed(), node)
                : m.get("sens.design.uncertainty", r.runs(), r.seed(), node);
    }

    /** Why a year's ranking is not analysed: the report's sentence on why the year is not ranked. */
    public static String notAnalysed(Sensitivity.Result r, Messages m) {
        return r.notRanked().map(f -> m.get("sens.not-analysed", NotRankedText.of(f, m))).orElse("");
    }

    /** The node whose ranks are analysed, by name: the index, or a dimension's name in the report's language. */
    static String node(Assessment a, String node, Messages m) {
        if (node.equals(YearIndex.ROOT)) return m.get("sens.node.index");
        return a.catalogue().dimensions().stream().filter(d -> d.id().equals(node)).findFirst()
                .map(d -> d.name(m.isChinese())).orElse(node);
    }

    /** The inputs varied, in the order of the analysis. */
    public static List<Varied> varied(SensitivityChoices c, Messages m) {
        List<Varied> out = new ArrayList<>();
        if (c.imputations().size() > 1)
            out.add(varied(Uncertainty.Choice.IMPUTATION, m, c.imputations().stream().map(i -> name(i, m)).toList()));
        if (c.treatments().size() > 1)
            out.add(varied(Uncertainty.Choice.TREATMENT, m, c.treatments().stream().map(t -> name(t, m)).toList()));
        if (c.normalisations().size() > 1)
            out.add(varied(Uncertainty.Choice.NORMALISATION, m, c.normalisations().stream().map(n -> name(n, m)).toList()));
        if (c.weights()) {
            List<String> w = new ArrayList<>(List.of(m.get("sens.weights", pct(c.spread()))));
            new TreeMap<>(c.spreadAtLevel()).forEach((level, s) -> w.add(m.get("sens.weights.level", level, pct(s))));
            out.add(varied(Uncertainty.Choice.WEIGHTS, m, w));
        }
        if (c.aggregations().size() > 1)
            out.add(varied(Uncertainty.Choice.AGGREGATION, m, c.aggregations().stream().map(a -> name(a, m)).toList()));
        return out;
    }

    private static Varied varied(Uncertainty.Choice choice, Messages m, List<String> alternatives) {
        return new Varied(choice, m.get(choice.messageKey()), alternatives);
    }

    /** The sentence naming the choice that moves ranks most, or saying that none moves any. */
    public static String strongest(Sensitivity.Result r, Messages m) {
        if (!r.analysed()) return "";
        return r.strongest().filter(i -> i.meanRankShiftAlone() > 0 || Sensitivity.total(i).orElse(0) > 0)
                .map(i -> {
                    String choice = m.get(i.choice().messageKey());
                    String alone = Numbers.format(Numbers.round(i.meanRankShiftAlone(), 2));
                    return i.total().isEmpty() ? m.get("sens.strongest.alone", choice, alone)
                            : m.get("sens.strongest", choice, index(i.total()), alone);
                })
                .orElse(m.get("sens.strongest.none"));
    }

    /** An index with its interval, {@code 0.62 (0.41–0.80)}, or a dash. */
    public static String index(Optional<MethodSensitivity.Estimate> estimate) {
        return estimate.map(e -> {
            String v = Numbers.format(Numbers.round(e.value(), 2));
            return e.low().isEmpty() ? v : v + " (" + Numbers.format(Numbers.round(e.low().getAsDouble(), 2)) + "–"
                    + Numbers.format(Numbers.round(e.high().getAsDouble(), 2)) + ")";
        }).orElse("—");
    }

    /** A rank statistic: whole ranks without decimals, else one decimal. */
    public static String rank(double r) {
        return Numbers.format(Numbers.round(r, 1));
    }

    public static String name(Imputation i, Messages m) {
        return i instanceof Imputation.GroupMean g ? m.get("sens.imputation.group-mean", g.groupAttribute()) : m.get("sens.imputation.none");
    }

    public static String name(Treatment t, Messages m) {
        if (t instanceof Treatment.Winsorise w) {
            return m.get(w.logFallback() ? "sens.treatment.winsorise-log" : "sens.treatment.winsorise", w.winmax(),
                    Numbers.format(w.skewThreshold()), Numbers.format(w.kurtThreshold()));
        }
        return m.get("sens.treatment.none");
    }

    public static String name(Aggregation a, Messages m) {
        return m.get("method.aggregation." + a.name());
    }

    /** A normalisation by the report's name of its method, with its parameters. */
    public static String name(Normalisation n, Messages m) {
        String method = m.get("score-basis.method." + n.word());
        if (n instanceof Normalisation.MinMax x) return method + " [" + num(x.lower()) + ", " + num(x.upper()) + "]";
        if (n instanceof Normalisation.RatioToTarget x) return capped(method, x.capped(), m) + " ×" + num(x.scale());
        if (n instanceof Normalisation.DistanceToTarget x) return capped(method, x.capped(), m) + " ×" + num(x.scale());
        if (n instanceof Normalisation.FractionOfMax x) return method + " ×" + num(x.scale());
        if (n instanceof Normalisation.BestOfOthers x) return capped(method, x.capped(), m) + " ×" + num(x.scale());
        if (n instanceof Normalisation.DistanceToReference x)
            return capped(m.get("sens.normalisation.reference", method, x.referenceUnit()), x.capped(), m);
        if (n instanceof Normalisation.Goalposts x) {
            String g = method + " [" + num(x.lower()) + ", " + num(x.upper()) + "]";
            return x.truncate() ? m.get("sens.normalisation.truncated", g) : g;
        }
        if (n instanceof Normalisation.ZScore x) return m.get("sens.normalisation.z-score", method, num(x.mean()), num(x.sd()));
        if (n instanceof Normalisation.Rank x) return m.get("sens.normalisation.rank", method, m.get("sens.ties." + x.ties().name()));
        if (n instanceof Normalisation.PercentileRank x) return method + " ×" + num(x.scale());
        return method;
    }

    private static String capped(String method, boolean capped, Messages m) {
        return capped ? m.get("sens.normalisation.capped", method) : method;
    }

    private static String num(double d) {
        return Numbers.format(Numbers.round(d, 6));
    }

    static String pct(double share) {
        return Numbers.format(Numbers.round(share * 100, 4)) + " %";
    }

    /** Place names by id for a year, in the report's language. */
    static Map<String, String> names(Assessment a, int year, boolean zh) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        a.ofYear(year).forEach(p -> names.put(p.place().id(), p.place().name(zh)));
        return names;
    }
}
