package cn.tongcheng.explain;

import java.util.Locale;
import java.util.stream.Collectors;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.method.Basis;
import cn.tongcheng.method.ComparisonSet;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.method.StageValue;

/**
 * What decided one stage of a score, as one line of text: the denominator, the imputation's group and donors,
 * the winsorisation, the normalisation with its reference points, the aggregation with its parts. The
 * method's own words (min-max, arithmetic …), as the method table writes them.
 */
public final class StageText {
    private StageText() {
    }

    /** What decided the node's score (its last stage). */
    public static String of(NodeResult n) {
        return of(n.stages().get(n.stages().size() - 1), null);
    }

    /** @param m the messages for a missing value's reason, or null for the reason's code */
    public static String of(StageValue v, Messages m) {
        Basis b = v.basis();
        if (b instanceof Basis.Missing x) return m == null ? "no value: " + x.reason().name().toLowerCase(Locale.ROOT) : m.get("method.reason." + x.reason().name());
        if (b instanceof Basis.Observed) return words(m).get("explain.basis.observed");
        if (b instanceof Basis.NotDenominated) return words(m).get("explain.basis.not-denominated");
        if (b instanceof Basis.Denominated d) return "÷ " + d.denominator() + " (" + num(d.denominatorValue()) + ")";
        if (b instanceof Basis.Imputed i) return "group mean of " + i.groupAttribute() + "=" + i.group() + " (" + i.donors() + " donors)";
        if (b instanceof Basis.Untreated) return words(m).get("explain.basis.untreated");
        if (b instanceof Basis.Winsorised w) return "winsorised (" + w.side().name().toLowerCase(Locale.ROOT) + " side, was " + num(w.before()) + ")";
        if (b instanceof Basis.LogTransformed l) return "log(x − " + num(l.min()) + " + 0.01·(" + num(l.max()) + " − " + num(l.min()) + ")), was " + num(l.before());
        if (m != null && b instanceof Basis.Normalised nb) return normalised(nb, m);
        if (m != null && b instanceof Basis.Aggregated a) return aggregated(a, m);
        if (b instanceof Basis.Normalised nb) {
            String anchors = nb.anchors().stream().map(a -> a.kind().name().toLowerCase(Locale.ROOT) + " " + num(a.value()))
                    .collect(Collectors.joining(", "));
            // a place's own target or fixed goalposts compare it with no other place
            boolean alone = nb.method() instanceof Normalisation.RatioToTarget || nb.method() instanceof Normalisation.Goalposts;
            return name(nb.method()) + ", " + nb.direction().name().toLowerCase(Locale.ROOT) + " is better"
                    + (alone ? "" : ", " + set(nb.comparison()) + " (" + nb.compared() + ")") + (anchors.isEmpty() ? "" : ": " + anchors);
        }
        if (b instanceof Basis.Aggregated a) {
            return a.aggregation().name().toLowerCase(Locale.ROOT) + " mean of " + a.used() + " of " + a.children()
                    + " parts (weight " + num(a.weightUsed()) + ")"
                    + (a.threshold().isPresent() ? ", threshold " + num(a.threshold().getAsDouble()) : "");
        }
        return b.toString();
    }

    /** A normalisation in the reader's language, its method-table name beside it: what explain prints. */
    private static String normalised(Basis.Normalised nb, Messages m) {
        String anchors = nb.anchors().stream().map(a -> m.get("explain.anchor." + a.kind().name()) + " " + num(a.value()))
                .collect(Collectors.joining(m.get("explain.list-separator")));
        boolean alone = nb.method() instanceof Normalisation.RatioToTarget || nb.method() instanceof Normalisation.Goalposts;
        String set = alone ? "" : m.get("explain.list-separator") + set(nb.comparison(), m) + " (" + nb.compared() + ")";
        return m.get("explain.basis.normalised", m.get("score-basis.method." + nb.method().word()), name(nb.method()),
                m.get("explain.direction." + nb.direction().name()), set, anchors.isEmpty() ? "" : m.get("explain.anchors", anchors));
    }

    private static String aggregated(Basis.Aggregated a, Messages m) {
        String text = m.get("score-basis.aggregate", a.used(), a.children(), m.get("score-basis.aggregation." + a.aggregation().name()));
        return text + m.get("explain.basis.weight", num(a.weightUsed()))
                + (a.threshold().isPresent() ? m.get("explain.basis.threshold", num(a.threshold().getAsDouble())) : "");
    }

    private static String set(ComparisonSet s, Messages m) {
        if (s instanceof ComparisonSet.SameGroup g) return m.get("explain.set.group", g.groupAttribute());
        if (s instanceof ComparisonSet.Listed l) return m.get("explain.set.listed", String.join(" ", l.units()));
        return m.get("explain.set.all");
    }

    /** The messages for the words of a stage; without any (a CSV cell), the English ones. */
    private static Messages words(Messages m) {
        return m == null ? Messages.of(cn.tongcheng.i18n.Language.EN) : m;
    }

    /** A normalisation as the method table names it, with its parameters. */
    public static String name(Normalisation n) {
        if (n instanceof Normalisation.MinMax m) return "min-max [" + num(m.lower()) + ", " + num(m.upper()) + "]";
        if (n instanceof Normalisation.RatioToTarget r) return "ratio-to-target" + (r.capped() ? " capped" : "") + " ×" + num(r.scale());
        if (n instanceof Normalisation.DistanceToTarget r) return "distance-to-target" + (r.capped() ? " capped" : "") + " ×" + num(r.scale());
        if (n instanceof Normalisation.FractionOfMax f) return "fraction-of-max ×" + num(f.scale());
        if (n instanceof Normalisation.BestOfOthers b) return "best-of-others" + (b.capped() ? " capped" : "") + " ×" + num(b.scale());
        if (n instanceof Normalisation.DistanceToReference r) return "distance-to-reference " + r.referenceUnit() + (r.capped() ? " capped" : "");
        if (n instanceof Normalisation.Goalposts g) return "goalposts [" + num(g.lower()) + ", " + num(g.upper()) + "]" + (g.truncate() ? " truncated" : "");
        if (n instanceof Normalisation.ZScore z) return "z-score (mean " + num(z.mean()) + ", sd " + num(z.sd()) + ")";
        if (n instanceof Normalisation.Rank r) return "rank (ties " + r.ties().name().toLowerCase(Locale.ROOT) + ")";
        if (n instanceof Normalisation.PercentileRank p) return "percentile-rank ×" + num(p.scale());
        return n.toString();
    }

    private static String set(ComparisonSet s) {
        if (s instanceof ComparisonSet.SameGroup g) return "against the same " + g.groupAttribute();
        if (s instanceof ComparisonSet.Listed l) return "against " + String.join(" ", l.units());
        return "against all";
    }

    private static String num(double d) {
        return cn.tongcheng.facts.Numbers.format(Math.abs(d) >= 1e-4 || d == 0 ? cn.tongcheng.facts.Numbers.round(d, 6) : d);
    }
}
