package cn.tongcheng.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.ScoreDisplay;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.rules.ConventionItem;
import cn.tongcheng.rules.Conventions;
import cn.tongcheng.rules.Grade;
import cn.tongcheng.rules.GradingParameters;
import cn.tongcheng.rules.GradingParameters.QuotaTies;
import cn.tongcheng.rules.ItemCondition;

/**
 * Grades one year's units as the conventions say, in this order: the base score (the unit's index, or a fixed
 * base); bonus items added up to {@code bonus.cap}; deduction items taken off (up to {@code deduction.cap}, not
 * below {@code score.floor}); the grade whose threshold the final score, as shown to one decimal, reaches; vetoes
 * capping that grade; then, grade by grade from the best, the quota: the holders beyond {@code share × units}
 * (rounded as {@code quota.rounding} says) move one grade down, the lowest final scores first, and units tied
 * across the boundary as {@code quota.ties} says.
 */
public final class Grader {
    private final Conventions conventions;
    private final Map<String, Indicator> indicators;

    public Grader(Conventions conventions, Map<String, Indicator> indicators) {
        this.conventions = conventions;
        this.indicators = Map.copyOf(indicators);
    }

    /** The grades of one year's units (those not graded, the city and peers, are left out by the caller). */
    public List<UnitGrade> grade(List<Unit> units) {
        if (!conventions.defined()) return List.of();
        GradingParameters p = conventions.parameters();
        List<Scored> scored = units.stream().map(this::score).toList();
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Scored s : scored) {
            if (s.finalScore == null) continue;
            groups.computeIfAbsent(p.byKind() ? s.unit.place().kind() : "", k -> new ArrayList<>()).add(s);
        }
        groups.values().forEach(this::applyQuotas);
        return scored.stream().map(Scored::result).toList();
    }

    private Scored score(Unit u) {
        GradingParameters p = conventions.parameters();
        List<Hit> hits = new ArrayList<>();
        for (ConventionItem item : conventions.items()) {
            if (!item.coversYear(u.year())
                    || !item.appliesTo().matches(u.place().kind(), u.place().id(), u.place().attributes())) continue;
            Fact fact = u.facts().get(item.indicator());
            if (!holds(item, fact, u.scores().get(item.indicator()))) continue;
            hits.add(new Hit(item.kind(), item.id(), item.text(), item.indicator(), item.when().text(), item.points(),
                    item.capGrade(), fact == null ? "" : fact.value().display(), fact == null ? "" : fact.origin(),
                    item.basis(), item.origin()));
        }
        double bonusPoints = sum(hits, ConventionItem.Kind.BONUS);
        double deductionPoints = sum(hits, ConventionItem.Kind.DEDUCTION);
        double bonus = p.bonusCap() == null ? bonusPoints : Math.min(bonusPoints, p.bonusCap());
        double deduction = p.deductionCap() == null ? deductionPoints : Math.min(deductionPoints, p.deductionCap());
        Double base = p.fixedBase() != null ? p.fixedBase() : u.index();
        Scored s = new Scored(u, base, bonusPoints, bonus, deductionPoints, deduction, hits);
        if (base == null) return s;
        double fin = base + bonus - deduction;
        if (p.floor() != null) fin = Math.max(fin, p.floor());
        s.finalScore = fin;
        if (conventions.grades().isEmpty()) return s;
        int byScore = byScore(shown(fin));
        int cap = hits.stream().filter(h -> h.kind() == ConventionItem.Kind.VETO).mapToInt(h -> position(h.capGrade()))
                .max().orElse(0);
        s.byScore = byScore;
        s.current = Math.max(byScore, cap);
        s.beforeQuota = s.current;
        return s;
    }

    private boolean holds(ConventionItem item, Fact fact, IndicatorScore score) {
        if (item.when() instanceof ItemCondition.OnScore on) {
            return score != null && switch (on.trigger()) {
                case MET -> score.isMet();
                case GAP -> score.isGap();
                case NO_DATA -> score.isNoData();
                case GAP_OR_NO_DATA -> score.isGap() || score.isNoData();
            };
        }
        return fact != null && compare(item.indicator(), (ItemCondition.OnValue) item.when(), fact.value());
    }

    private boolean compare(String indicator, ItemCondition.OnValue on, Value v) {
        Value w = on.value();
        if (v instanceof Value.Number a && w instanceof Value.Number b) return on.comparison().holds(a.amount(), b.amount());
        if (v instanceof Value.YesNo a && w instanceof Value.YesNo b) return a.yes() == b.yes();
        if (v instanceof Value.Level a && w instanceof Value.Level b) {
            List<String> levels = indicators.get(indicator).levels();
            return on.comparison().holds(levels.indexOf(a.name()), levels.indexOf(b.name()));
        }
        return false;
    }

    private static double sum(List<Hit> hits, ConventionItem.Kind kind) {
        return hits.stream().filter(h -> h.kind() == kind).mapToDouble(Hit::points).sum();
    }

    /** The best grade (its position, 0 = best) whose threshold the score reaches; the lowest takes the rest. */
    private int byScore(double shownScore) {
        List<Grade> grades = conventions.grades();
        for (int i = 0; i < grades.size() - 1; i++) {
            if (shownScore >= grades.get(i).min()) return i;
        }
        return grades.size() - 1;
    }

    private int position(String gradeId) {
        List<Grade> grades = conventions.grades();
        for (int i = 0; i < grades.size(); i++) if (grades.get(i).id().equals(gradeId)) return i;
        throw new IllegalArgumentException(gradeId);
    }

    private static double shown(double score) {
        return Numbers.round(score, ScoreDisplay.DECIMALS);
    }

    /** From the best grade down: a full grade's lowest holders move one grade down, and may fill the next. */
    private void applyQuotas(List<Scored> group) {
        List<Grade> grades = conventions.grades();
        GradingParameters p = conventions.parameters();
        int units = group.size();
        for (int g = 0; g < grades.size() - 1; g++) {
            Double quota = grades.get(g).quota();
            if (quota == null) continue;
            int gi = g;
            List<Scored> holders = group.stream().filter(s -> s.current == gi)
                    .sorted(Comparator.comparingDouble((Scored s) -> shown(s.finalScore)).reversed()
                            .thenComparing(s -> s.unit.place().id())).toList();
            int seats = p.rounding().seats(quota, units);
            if (holders.size() <= seats) continue;
            double boundary = shown(holders.get(seats).finalScore);
            List<Scored> above = holders.stream().filter(s -> shown(s.finalScore) > boundary).toList();
            List<Scored> tied = holders.stream().filter(s -> shown(s.finalScore) == boundary).toList();
            List<Scored> keep = new ArrayList<>(above);
            boolean tieAtBoundary = seats > 0 && shown(holders.get(seats - 1).finalScore) == boundary;
            if (tieAtBoundary) keep.addAll(keptOfTied(tied, seats - above.size(), p.ties()));
            for (int i = 0; i < holders.size(); i++) {
                Scored s = holders.get(i);
                if (keep.contains(s)) continue;
                String tie = tieAtBoundary && tied.contains(s) ? p.ties().id() : "";
                s.demotions.add(new Demotion(grades.get(g).id(), grades.get(g + 1).id(), i + 1, seats, units, quota, tie));
                s.current = g + 1;
            }
        }
    }

    /** Which of the units tied across the boundary keep the grade, with {@code seats} seats left for them. */
    private static List<Scored> keptOfTied(List<Scored> tied, int seats, QuotaTies rule) {
        return switch (rule) {
            case KEEP_ALL -> tied;
            case DEMOTE_ALL -> List.of();
            case BASE_SCORE -> {
                List<Scored> byBase = tied.stream().sorted(Comparator.comparingDouble((Scored s) -> shown(s.base)).reversed()).toList();
                if (byBase.size() <= seats) yield byBase;
                // those with the boundary's base score are still tied: none of them keeps the grade
                double boundary = shown(byBase.get(seats).base);
                yield byBase.stream().filter(s -> shown(s.base) > boundary).toList();
            }
        };
    }

    /** A unit while it is graded: its scores, then its grade as the quotas move it. */
    private final class Scored {
        final Unit unit;
        final Double base;
        final double bonusPoints, bonus, deductionPoints, deduction;
        final List<Hit> hits;
        final List<Demotion> demotions = new ArrayList<>();
        Double finalScore;
        int byScore = -1, beforeQuota = -1, current = -1;

        Scored(Unit unit, Double base, double bonusPoints, double bonus, double deductionPoints, double deduction, List<Hit> hits) {
            this.unit = unit;
            this.base = base;
            this.bonusPoints = bonusPoints;
            this.bonus = bonus;
            this.deductionPoints = deductionPoints;
            this.deduction = deduction;
            this.hits = hits;
        }

        UnitGrade result() {
            return new UnitGrade(unit.place().id(), unit.place().kind(), unit.year(), base, bonusPoints, bonus,
                    deductionPoints, deduction, finalScore, id(byScore), id(beforeQuota), id(current), hits, demotions);
        }

        private String id(int position) {
            return position < 0 ? "" : conventions.grades().get(position).id();
        }
    }
}
