package cn.tongcheng.explain;

import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Tier;

/** An explanation as plain text, in Chinese or English: one block per dimension, then recommendations. */
public final class ExplanationText {
    private final Messages m;
    private final boolean zh;
    private final Catalogue catalogue;
    private final StringBuilder s = new StringBuilder();

    private ExplanationText(Language language, Catalogue catalogue) {
        this.m = Messages.of(language);
        this.zh = m.isChinese();
        this.catalogue = catalogue;
    }

    public static String render(Explanation e, Catalogue catalogue, Language language) {
        return new ExplanationText(language, catalogue).write(e);
    }

    private String write(Explanation e) {
        PlaceAssessment p = e.place();
        String tier = catalogue.tiers().stream().filter(t -> t.id().equals(p.tier())).findFirst()
                .map(t -> t.name(zh)).orElse("—");
        line(0, m.get("explain.head", p.place().name(zh), p.year(), number(p.index()), tier,
                p.rank() == null ? "—" : p.rank(), p.coverage().withData(), p.coverage().indicators(),
                percent(p.coverage().weighted())));
        int noData = 0;
        for (Explanation.DimensionPart d : e.dimensions()) {
            s.append('\n');
            if (d.score().sufficient()) {
                line(0, m.get("explain.dimension", d.dimension().name(zh), number(d.score().score()),
                        percent(d.shareOfIndex()), Numbers.format(Numbers.round(d.pointsOfIndex(), 2))));
            } else {
                line(0, m.get("explain.dimension.insufficient", d.dimension().name(zh), percent(d.score().coverage())));
            }
            for (Explanation.IndicatorPart i : d.indicators()) {
                if (i.score().getScore() == null && e.onlyIndicator() == null) {
                    noData++;
                    continue;
                }
                indicator(i, d);
            }
        }
        if (e.onlyIndicator() != null && e.dimensions().isEmpty()) {
            boolean monitoring = catalogue.indicatorsById().containsKey(e.onlyIndicator())
                    && catalogue.indicatorsById().get(e.onlyIndicator()).monitoring();
            line(0, m.get(monitoring ? "explain.monitoring" : "explain.no-target", e.onlyIndicator(), p.place().name(zh), p.year()));
        }
        if (noData > 0) line(0, "\n" + m.get("explain.nodata-count", noData));
        chain(e);
        recommendations(e);
        return s.toString();
    }

    /**
     * The chain of stages of one indicator's score, up to the index, with the row that chose each method; values are
     * computed unrounded and shown to six decimals (the tidy CSV has them in full).
     */
    private void chain(Explanation e) {
        if (e.chain().isEmpty()) return;
        s.append('\n');
        line(0, m.get("explain.chain.title"));
        for (MethodChain.Step st : e.chain()) {
            String stage = st.node() + " " + m.get("explain.stage." + st.stage().name());
            String what = StageText.of(st.basis(), m);
            String text = st.value().isPresent()
                    ? m.get("explain.chain.stage", stage, Numbers.format(Numbers.round(st.value().getAsDouble(), 6)), what)
                    : m.get("explain.chain.missing", stage, what);
            line(1, text + (st.decidedBy().isEmpty() ? "" : "  " + m.get("explain.chain.decided", st.decidedBy())));
        }
    }

    /** A reported figure without a score (a monitoring indicator's, or one the method could not score): the fact, and why. */
    public static String renderShown(cn.tongcheng.assessment.MonitoredValue v, Catalogue catalogue, Language language) {
        ExplanationText t = new ExplanationText(language, catalogue);
        Fact f = v.fact();
        if (!v.monitoring()) t.line(0, t.m.get("method.reason." + v.reason().name()));
        t.fact(f);
        return t.s.toString();
    }

    private void fact(Fact f) {
        if (f.kind().needsQuote()) line(2, m.get("explain.fact", value(f.value()), f.source(), f.quote(), f.origin()));
        else line(2, m.get("explain.fact.evidence", value(f.value()), f.source(), f.kind().label(zh), f.evidence(), f.origin()));
        f.overruled().forEach(o -> line(3, m.get("explain.fact.overruled", value(o.value()), o.source(), o.origin())));
    }

    private void indicator(Explanation.IndicatorPart i, Explanation.DimensionPart d) {
        IndicatorScore sc = i.score();
        line(1, sc.getIndicator() + "  " + sc.definition().name(zh));
        Fact f = sc.getFact();
        if (f == null) line(2, m.get("explain.fact.none"));
        else if (f.kind().needsQuote()) line(2, m.get("explain.fact", value(f.value()), f.source(), f.quote(), f.origin()));
        else line(2, m.get("explain.fact.evidence", value(f.value()), f.source(), f.kind().label(zh), f.evidence(), f.origin()));
        if (f != null) f.overruled().forEach(o -> line(3, m.get("explain.fact.overruled", value(o.value()), o.source(), o.origin())));
        Criterion c = sc.getCriterion();
        String basis = c.basis().equals("sourced") ? m.get("explain.sourced", c.source(), c.quote())
                : m.get("explain.policy-choice", c.reason().in(zh));
        line(2, m.get("explain.row", c.id(), c.origin(), value(c.target()), Numbers.format(c.weight()), basis));
        if (sc.getScore() == null) return;
        line(2, m.get("explain.score", sc.getAchievement() == null ? "—" : Numbers.format(sc.getAchievement()), number(sc.getScore()), m.get(sc.getStatus().key())));
        if (d.score().sufficient()) {
            line(2, m.get("explain.share", percent(i.shareOfDimension()), Numbers.format(Numbers.round(i.pointsOfDimension(), 2)),
                    Numbers.format(Numbers.round(i.pointsOfIndex(), 2))));
        } else {
            line(2, m.get("explain.share.insufficient", percent(i.shareOfDimension())));
        }
    }

    private void recommendations(Explanation e) {
        if (!e.recommendations().isEmpty()) {
            s.append('\n');
            line(0, m.get("explain.recommendations"));
        }
        for (Explanation.Because b : e.recommendations()) {
            line(1, b.recommendation().rule() + " (" + b.recommendation().origin() + "): " + b.recommendation().text(zh));
            IndicatorScore sc = b.score();
            if (sc == null) continue;
            String fact = sc.getFact() == null ? m.get("explain.because.nodata")
                    : m.get("explain.because.fact", value(sc.getFact().value()), sc.getFact().origin());
            line(2, m.get("explain.because", sc.getIndicator(), m.get(sc.getStatus().key()), number(sc.getScore()),
                    sc.getCriterion().origin(), fact));
        }
        if (!e.diagnoses().isEmpty()) {
            s.append('\n');
            line(0, m.get("explain.diagnoses"));
        }
        for (Diagnosis d : e.diagnoses()) {
            line(1, d.rule() + " (" + d.origin() + "): " + d.text(zh));
            line(2, m.get("explain.evidence", String.join(", ", d.evidence())));
        }
    }

    private String value(Value v) {
        if (v == null) return "—";
        if (v instanceof Value.YesNo y) return m.get(y.yes() ? "value.yes" : "value.no");
        return v.display();
    }

    private static String number(Double d) {
        return d == null ? "—" : cn.tongcheng.assessment.ScoreDisplay.of(d);
    }

    private static String percent(double share) {
        return Numbers.format(Numbers.round(100 * share, 1)) + " %";
    }

    private void line(int indent, String text) {
        s.append("  ".repeat(indent)).append(text).append('\n');
    }

    static String tierName(Tier t, boolean zh) {
        return t.name(zh);
    }
}
