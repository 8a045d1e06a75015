package cn.tongcheng.report;

import java.util.Map;

import cn.tongcheng.assessment.Change;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Status;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Tier;

/** How values of the result model are worded for the report view, in one language. */
final class ReportText {
    static final Map<Status, String> MARK = Map.of(Status.MET, "✔", Status.PARTLY_MET, "◐",
            Status.NOT_MET, "✘", Status.NO_DATA, "？", Status.NOT_SCORED, "—");

    private final Messages m;
    private final Catalogue catalogue;

    ReportText(Messages m, Catalogue catalogue) {
        this.m = m;
        this.catalogue = catalogue;
    }

    Messages messages() {
        return m;
    }

    boolean zh() {
        return m.isChinese();
    }

    /**
     * Where a figure comes from, by kind of source: a document with its quote (A05「…」), a statistical or
     * departmental figure with its evidence (嘉善县统计局（统计资料：表 3-2）); and the sources it was preferred to.
     */
    String provenance(cn.tongcheng.facts.Fact f) {
        if (f == null) return "";
        String own = f.kind().needsQuote() ? f.source() + "「" + f.quote() + "」"
                : m.get("report.provenance.evidence", f.source(), f.kind().label(zh()), f.evidence());
        if (f.overruled().isEmpty()) return own;
        String others = String.join(zh() ? "；" : "; ", f.overruled().stream()
                .map(o -> m.get("report.provenance.other", o.source(), o.value().display())).toList());
        return own + m.get("report.provenance.preferred", others);
    }

    /**
     * What stands in 「」 after a figure's source: the quote of a document, or the kind of source and its
     * evidence (统计资料：表 3-2); and the sources it was preferred to.
     */
    String evidence(cn.tongcheng.facts.Fact f) {
        String own = f.kind().needsQuote() ? f.quote() : f.kind().label(zh()) + (zh() ? "：" : ": ") + f.evidence();
        if (f.overruled().isEmpty()) return own;
        String others = String.join(zh() ? "；" : "; ", f.overruled().stream()
                .map(o -> m.get("report.provenance.other", o.source(), o.value().display())).toList());
        return own + m.get("report.provenance.preferred", others);
    }

    String score(Double d) {
        return d == null ? m.get("report.insufficient") : cn.tongcheng.assessment.ScoreDisplay.of(d);
    }

    String tier(String id) {
        return catalogue.tiers().stream().filter(t -> t.id().equals(id)).findFirst().map(t -> t.name(zh())).orElse("—");
    }

    String tierOf(Tier t) {
        return t.name(zh());
    }

    String status(Status s) {
        return m.get(s.key());
    }

    String dimension(String id) {
        return catalogue.dimension(id).map(d -> d.name(zh())).orElse(id);
    }

    String indicator(String id) {
        Indicator ind = catalogue.indicatorsById().get(id);
        return ind == null ? id : ind.name(zh());
    }

    String value(IndicatorScore s) {
        return s.getFact() == null ? "—" : value(s.getFact().value().display(), s.definition());
    }

    String target(IndicatorScore s) {
        if (s.getCriterion().target() == null) return "—";
        return value(s.getCriterion().target().display(), s.definition())
                + ("policy-choice".equals(s.getCriterion().basis()) ? "*" : "");
    }

    String value(String display, Indicator ind) {
        String v = switch (display) {
            case "yes" -> m.get("value.yes");
            case "no" -> m.get("value.no");
            default -> display;
        };
        return ind.type() == IndicatorType.NUMBER && !ind.unit().isBlank() ? v + " " + ind.unit() : v;
    }

    /** "↑ +12.5", "→ 0", "↓ −3"; empty without a change. */
    static String change(Change c) {
        if (c == null) return "";
        String sign = c.delta() > 0 ? "+" : c.delta() < 0 ? "−" : "";
        return c.trend().arrow() + " " + sign + Numbers.format(Math.abs(c.delta()));
    }

    static String pct(double share) {
        return Numbers.format(Numbers.round(share * 100, 1)) + "%";
    }
}
