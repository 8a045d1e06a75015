package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.explain.StageText;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.rules.SensitivityChoices;

/** A sensitivity result in words: the design, what was varied, which choice moves ranks most. */
public final class SensitivityText {
    /** One varied input and its alternatives, in the method table's words (the method's own first). */
    public record Varied(String choice, String label, List<String> alternatives) {
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

    /** The design in one sentence: COINr's analysis type, the number of computations, the seed and the node. */
    public static String method(Sensitivity.Result r, Messages m) {
        int inputs = r.influences().size();
        return r.design().equals("sensitivity")
                ? m.get("sens.design.sensitivity", r.samples(), inputs, r.runs(), r.seed(), r.node())
                : m.get("sens.design.uncertainty", r.runs(), r.seed(), r.node());
    }

    /** The inputs varied, in the order of the analysis. */
    public static List<Varied> varied(SensitivityChoices c, Messages m) {
        List<Varied> out = new ArrayList<>();
        if (c.imputations().size() > 1) out.add(varied("imputation", m, c.imputations().stream().map(SensitivityText::name).toList()));
        if (c.treatments().size() > 1) out.add(varied("treatment", m, c.treatments().stream().map(SensitivityText::name).toList()));
        if (c.normalisations().size() > 1) out.add(varied("normalisation", m, c.normalisations().stream().map(StageText::name).toList()));
        if (c.weights()) {
            List<String> w = new ArrayList<>(List.of(m.get("sens.weights", pct(c.spread()))));
            new TreeMap<>(c.spreadAtLevel()).forEach((level, s) -> w.add(m.get("sens.weights.level", level, pct(s))));
            out.add(varied("weights", m, w));
        }
        if (c.aggregations().size() > 1)
            out.add(varied("aggregation", m, c.aggregations().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList()));
        return out;
    }

    private static Varied varied(String choice, Messages m, List<String> alternatives) {
        return new Varied(choice, m.get("sens.choice." + choice), alternatives);
    }

    /** The sentence naming the choice that moves ranks most, or saying that none moves any. */
    public static String strongest(Sensitivity.Result r, Messages m) {
        return r.strongest().filter(i -> i.meanRankShiftAlone() > 0 || (i.total() != null && i.total() > 0))
                .map(i -> {
                    String choice = m.get("sens.choice." + i.choice());
                    String alone = Numbers.format(Numbers.round(i.meanRankShiftAlone(), 2));
                    return i.total() == null ? m.get("sens.strongest.alone", choice, alone)
                            : m.get("sens.strongest", choice, index(i.total(), i.totalLow(), i.totalHigh()), alone);
                })
                .orElse(m.get("sens.strongest.none"));
    }

    /** An index with its interval, {@code 0.62 (0.41–0.80)}, or a dash. */
    public static String index(Double value, Double low, Double high) {
        if (value == null) return "—";
        String v = Numbers.format(Numbers.round(value, 2));
        return low == null ? v : v + " (" + Numbers.format(Numbers.round(low, 2)) + "–" + Numbers.format(Numbers.round(high, 2)) + ")";
    }

    /** A rank statistic: whole ranks without decimals, else one decimal. */
    public static String rank(double r) {
        return Numbers.format(Numbers.round(r, 1));
    }

    public static String name(Imputation i) {
        return i instanceof Imputation.GroupMean g ? "group-mean " + g.groupAttribute() : "none";
    }

    public static String name(Treatment t) {
        if (t instanceof Treatment.Winsorise w) {
            return "winsorise (winmax " + w.winmax() + ", skewness " + Numbers.format(w.skewThreshold()) + ", kurtosis "
                    + Numbers.format(w.kurtThreshold()) + (w.logFallback() ? ", log fallback" : "") + ")";
        }
        return "none";
    }

    static String pct(double share) {
        return Numbers.format(Numbers.round(share * 100, 4)) + " %";
    }

    /** Place names by id for a year, in the report's language. */
    static Map<String, String> names(cn.tongcheng.assessment.Assessment a, int year, boolean zh) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        a.ofYear(year).forEach(p -> names.put(p.place().id(), p.place().name(zh)));
        return names;
    }
}
