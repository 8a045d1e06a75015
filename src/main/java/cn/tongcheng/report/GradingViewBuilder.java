package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.grading.Demotion;
import cn.tongcheng.grading.Grading;
import cn.tongcheng.grading.Hit;
import cn.tongcheng.grading.UnitGrade;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.ConventionItem;
import cn.tongcheng.rules.Conventions;
import cn.tongcheng.rules.Grade;
import cn.tongcheng.rules.GradingParameters;
import cn.tongcheng.rules.ItemCondition;
import cn.tongcheng.rules.RowBasis;

/** Words the annual assessment of a year for the reports and {@code explain}; computes nothing. */
public final class GradingViewBuilder {
    /** The labels the writers show beside the grading (in {@link ReportView#t()}). */
    static final List<String> LABELS = List.of("grading.col.unit", "grading.col.kind", "grading.col.base", "grading.col.bonus",
            "grading.col.deduction", "grading.col.final", "grading.col.by-score", "grading.col.grade", "grading.col.why", "grading.sheet");

    private final Assessment a;
    private final Messages m;
    private final ReportText x;
    private final Function<String, ReportView.Source> cite;

    GradingViewBuilder(Assessment a, Messages m, ReportText x, Function<String, ReportView.Source> cite) {
        this.a = a;
        this.m = m;
        this.x = x;
        this.cite = cite;
    }

    /** The year's grading in a language, its sources unlinked (for {@code explain}); null as {@link #of(int)}. */
    public static GradingView of(Assessment a, cn.tongcheng.i18n.Language language, int year) {
        Messages m = Messages.of(language);
        return new GradingViewBuilder(a, m, new ReportText(m, a.catalogue()), id -> new ReportView.Source(id, "")).of(year);
    }

    /** The year's grading, or null when the rule base states no conventions or no unit of the year is graded. */
    GradingView of(int year) {
        Grading g = a.grading();
        List<UnitGrade> units = g.ofYear(year);
        if (!g.defined() || units.isEmpty()) return null;
        List<GradingView.Row> rows = units.stream().map(this::row).toList();
        return new GradingView(m.get("grading.title") + " " + year, conventions(g.conventions()), rows);
    }

    private String sep() {
        return x.zh() ? "；" : "; ";
    }

    private static String points(double d) {
        return Numbers.format(Numbers.round(d, cn.tongcheng.assessment.ScoreDisplay.DECIMALS));
    }

    private String conventions(Conventions c) {
        GradingParameters p = c.parameters();
        List<String> parts = new ArrayList<>();
        parts.add(p.fixedBase() == null ? m.get("grading.base.index") : m.get("grading.base.fixed", points(p.fixedBase())));
        if (p.bonusCap() != null) parts.add(m.get("grading.bonus-cap", points(p.bonusCap())));
        if (p.deductionCap() != null) parts.add(m.get("grading.deduction-cap", points(p.deductionCap())));
        if (p.floor() != null) parts.add(m.get("grading.floor", points(p.floor())));
        if (!c.grades().isEmpty()) {
            List<String> grades = new ArrayList<>();
            for (Grade gr : c.grades()) {
                String s = gr.name(x.zh()) + (gr.min() == null ? "" : " ≥ " + points(gr.min()));
                if (gr.quota() != null) s += m.get("grading.quota-of", ReportText.pct(gr.quota()));
                grades.add(s);
            }
            parts.add(m.get("grading.grades", String.join(x.zh() ? "，" : ", ", grades)));
        }
        if (p.rounding() != null && p.ties() != null) {
            parts.add(m.get("grading.quota", m.get(p.byKind() ? "grading.quota.kind" : "grading.quota.all"),
                    m.get("grading.rounding." + p.rounding().id()), m.get("grading.ties." + p.ties().id())));
        }
        String s = String.join(sep(), parts) + (x.zh() ? "。" : ".");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private GradingView.Row row(UnitGrade u) {
        String name = a.places().stream().filter(p -> p.place().id().equals(u.place())).findFirst()
                .map(p -> p.place().name(x.zh())).orElse(u.place());
        List<String> why = new ArrayList<>();
        for (Hit h : u.hits()) why.add(hit(h));
        if (u.bonus() < u.bonusPoints()) why.add(m.get("grading.bonus-capped", points(u.bonusPoints()), points(u.bonus())));
        if (u.deduction() < u.deductionPoints()) {
            why.add(m.get("grading.deduction-capped", points(u.deductionPoints()), points(u.deduction())));
        }
        Double floor = a.grading().conventions().parameters().floor();
        if (u.graded() && floor != null && u.base() + u.bonus() - u.deduction() < floor) {
            why.add(m.get("grading.floored", points(floor)));
        }
        if (!u.beforeQuota().equals(u.byScore())) {
            why.add(m.get("grading.vetoed", grade(u.byScore()), grade(u.beforeQuota())));
        }
        for (Demotion d : u.demotions()) why.add(demotion(d));
        if (!u.graded()) why.add(m.get("grading.not-graded"));
        return new GradingView.Row(u.place(), name, m.get("grading.kind." + u.kind()), u.base() == null ? "—" : x.score(u.base()),
                u.bonus() == 0 ? "0" : "+" + points(u.bonus()), u.deduction() == 0 ? "0" : "−" + points(u.deduction()),
                u.finalScore() == null ? "—" : x.score(u.finalScore()), u.finalScore(), grade(u.byScore()), grade(u.grade()),
                u.grade(), why);
    }

    private String demotion(Demotion d) {
        GradingParameters p = a.grading().conventions().parameters();
        String s = m.get("grading.demoted", grade(d.from()), d.units(), ReportText.pct(d.quota()), d.seats(),
                m.get("grading.rounding." + p.rounding().id()), d.position(), grade(d.to()));
        return d.tie().isEmpty() ? s : s + m.get("grading.demoted.tie", m.get("grading.ties." + d.tie()));
    }

    private String grade(String id) {
        return a.grading().conventions().grade(id).map(g -> g.name(x.zh())).orElse("—");
    }

    private String hit(Hit h) {
        String effect = switch (h.kind()) {
            case BONUS -> "+" + points(h.points());
            case DEDUCTION -> "−" + points(h.points());
            case VETO -> m.get("grading.effect.veto", grade(h.capGrade()));
        };
        return m.get("grading.hit", m.get("grading.hit." + h.kind().id()), h.text().in(x.zh()), effect, condition(h),
                basis(h.basis()), h.origin());
    }

    /** "上海项目占比 ≥ 30 %，实际 40 %" or "通沪公交：无数据". */
    private String condition(Hit h) {
        Indicator ind = a.catalogue().indicatorsById().get(h.indicator());
        String name = x.indicator(h.indicator());
        ConventionItem item = a.grading().conventions().items().stream()
                .filter(i -> i.kind() == h.kind() && i.id().equals(h.id())).findFirst().orElse(null);
        if (item != null && item.when() instanceof ItemCondition.OnValue on && ind != null) {
            return m.get("grading.condition.value", name, on.comparison().symbol(), x.value(on.value().display(), ind),
                    x.value(h.value(), ind));
        }
        String trigger = item != null && item.when() instanceof ItemCondition.OnScore on
                ? m.get("grading.trigger." + on.trigger().id()) : h.condition();
        return m.get("grading.condition.score", name, trigger);
    }

    private String basis(RowBasis b) {
        if (b.sourced()) {
            ReportView.Source s = cite.apply(b.source());
            return s.id() + "「" + b.quote() + "」";
        }
        String reason = b.reason() == null ? "" : b.reason().text().in(x.zh());
        if (!b.reasonDetail().isBlank()) reason += (reason.isEmpty() ? "" : x.zh() ? "，" : ", ") + b.reasonDetail();
        return m.get("grading.basis.choice", reason);
    }
}
