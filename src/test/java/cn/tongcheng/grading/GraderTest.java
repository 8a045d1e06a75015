package cn.tongcheng.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.Value;
import cn.tongcheng.model.Text;
import cn.tongcheng.rules.AppliesTo;
import cn.tongcheng.rules.ConventionItem;
import cn.tongcheng.rules.Conventions;
import cn.tongcheng.rules.Grade;
import cn.tongcheng.rules.GradingParameters;
import cn.tongcheng.rules.GradingParameters.QuotaRounding;
import cn.tongcheng.rules.GradingParameters.QuotaGroup;
import cn.tongcheng.rules.GradingParameters.QuotaTies;
import cn.tongcheng.rules.ItemCondition;
import cn.tongcheng.rules.ItemCondition.Comparison;
import cn.tongcheng.rules.RowBasis;

import org.junit.jupiter.api.Test;

/** The grading arithmetic on invented units (test data), each result worked out by hand in the comments. */
class GraderTest {
    static final RowBasis CHOICE = new RowBasis("policy-choice", "", "", null, "");
    static final Indicator PROJECTS = new Indicator("x.projects", "项目数", "Projects", "x", IndicatorType.NUMBER, "个", true,
            List.of(), 0, Double.NaN, "", "", "test:1");
    static final Indicator INCIDENT = new Indicator("x.incident", "重大事故", "Incident", "x", IndicatorType.YESNO, "是/否", false,
            List.of(), Double.NaN, Double.NaN, "", "", "test:2");
    static final Indicator SETTLEMENT = new Indicator("x.settlement", "结算", "Settlement", "x", IndicatorType.LEVEL, "", true,
            List.of("无", "试点", "全面"), Double.NaN, Double.NaN, "", "", "test:3");
    static final Map<String, Indicator> INDICATORS = Map.of(PROJECTS.id(), PROJECTS, INCIDENT.id(), INCIDENT,
            SETTLEMENT.id(), SETTLEMENT);

    static List<Grade> grades(Double excellentQuota) {
        return List.of(new Grade("excellent", new Text("优秀", "Excellent"), 90.0, excellentQuota, CHOICE, "grades.csv:2"),
                new Grade("good", new Text("良好", "Good"), 75.0, null, CHOICE, "grades.csv:3"),
                new Grade("pass", new Text("合格", "Pass"), 60.0, null, CHOICE, "grades.csv:4"),
                new Grade("fail", new Text("不合格", "Fail"), null, null, CHOICE, "grades.csv:5"));
    }

    static ConventionItem item(ConventionItem.Kind kind, String id, Indicator on, ItemCondition when, double points, String cap) {
        return new ConventionItem(kind, id, new Text(id, id), AppliesTo.EVERY_PLACE, null, null, on.id(), when, points, cap,
                CHOICE, "items.csv:" + id);
    }

    static ItemCondition atLeast(double v) {
        return new ItemCondition.OnValue(Comparison.AT_LEAST, new Value.Number(v));
    }

    static GradingParameters parameters(Double floor, QuotaTies ties) {
        return new GradingParameters(null, 5.0, null, floor, QuotaRounding.FLOOR, ties, QuotaGroup.ALL, Map.of());
    }

    static Unit unit(String id, String kind, Double index, Object... facts) {
        Map<String, Fact> f = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            String ind = (String) facts[i];
            f.put(ind, new Fact(id, 2016, ind, (Value) facts[i + 1], "", "test", "", "", "facts.csv:" + id));
        }
        return new Unit(new Place(id, id, id, kind, "c", false, Map.of()), 2016, index, f, Map.of());
    }

    static UnitGrade of(List<UnitGrade> grades, String id) {
        return grades.stream().filter(g -> g.place().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void bonusIsCappedAndDeductionsTakeOffDownToTheFloor() {
        Conventions c = new Conventions(parameters(0.0, QuotaTies.DEMOTE_ALL), grades(null), List.of(
                item(ConventionItem.Kind.BONUS, "B1", PROJECTS, atLeast(10), 3, null),
                item(ConventionItem.Kind.BONUS, "B2", PROJECTS, atLeast(20), 4, null),
                item(ConventionItem.Kind.DEDUCTION, "D1", SETTLEMENT,
                        new ItemCondition.OnValue(Comparison.AT_MOST, new Value.Level("试点")), 8, null)));
        List<UnitGrade> g = new Grader(c, INDICATORS).grade(List.of(
                unit("a", "county", 72.0, PROJECTS.id(), new Value.Number(25)),      // 3 + 4 = 7 → cap 5: 77 → 良好
                unit("b", "county", 86.0, PROJECTS.id(), new Value.Number(12),        // +3, −8: 81 → 良好
                        SETTLEMENT.id(), new Value.Level("试点")),
                unit("c", "county", 4.0, SETTLEMENT.id(), new Value.Level("无")),     // 4 − 8 = −4 → floor 0
                unit("d", "county", 88.0, SETTLEMENT.id(), new Value.Level("全面")))); // 全面 is above 试点: no deduction
        UnitGrade a = of(g, "a");
        assertEquals(7.0, a.bonusPoints());
        assertEquals(5.0, a.bonus());
        assertEquals(77.0, a.finalScore());
        assertEquals("good", a.grade());
        assertEquals(List.of("B1", "B2"), a.hits().stream().map(Hit::id).toList());
        UnitGrade b = of(g, "b");
        assertEquals(3.0, b.bonus());
        assertEquals(8.0, b.deduction());
        assertEquals(81.0, b.finalScore());
        assertEquals("good", b.grade());
        assertEquals("试点", b.hits().get(1).value());
        assertEquals("facts.csv:b", b.hits().get(1).evidence());
        UnitGrade cc = of(g, "c");
        assertEquals(0.0, cc.finalScore());
        assertEquals("fail", cc.grade());
        assertEquals(88.0, of(g, "d").finalScore());
        assertEquals(List.of(), of(g, "d").hits());
    }

    @Test
    void aDeductionCapLimitsWhatIsTakenOff() {
        GradingParameters p = new GradingParameters(null, null, 6.0, null, null, null, QuotaGroup.ALL, Map.of());
        Conventions c = new Conventions(p, grades(null), List.of(
                item(ConventionItem.Kind.DEDUCTION, "D1", PROJECTS, new ItemCondition.OnValue(Comparison.LESS, new Value.Number(5)), 4, null),
                item(ConventionItem.Kind.DEDUCTION, "D2", PROJECTS, new ItemCondition.OnValue(Comparison.LESS, new Value.Number(3)), 4, null)));
        UnitGrade a = new Grader(c, INDICATORS).grade(List.of(unit("a", "county", 70.0, PROJECTS.id(), new Value.Number(2)))).get(0);
        assertEquals(8.0, a.deductionPoints());
        assertEquals(6.0, a.deduction()); // 70 − min(8, 6) = 64 → 合格
        assertEquals(64.0, a.finalScore());
        assertEquals("pass", a.grade());
    }

    @Test
    void aVetoCapsTheGradeWhateverTheScore() {
        Conventions c = new Conventions(parameters(null, QuotaTies.DEMOTE_ALL), grades(null), List.of(
                item(ConventionItem.Kind.VETO, "V1", INCIDENT, new ItemCondition.OnValue(Comparison.EQUAL, new Value.YesNo(true)), 0, "pass")));
        List<UnitGrade> g = new Grader(c, INDICATORS).grade(List.of(
                unit("a", "county", 98.0, INCIDENT.id(), new Value.YesNo(true)),
                unit("b", "county", 50.0, INCIDENT.id(), new Value.YesNo(true)),
                unit("c", "county", 98.0, INCIDENT.id(), new Value.YesNo(false))));
        UnitGrade a = of(g, "a");
        assertEquals(98.0, a.finalScore()); // the score stands …
        assertEquals("excellent", a.byScore());
        assertEquals("pass", a.beforeQuota()); // … but the grade is capped at 合格
        assertEquals("pass", a.grade());
        assertEquals("fail", of(g, "b").grade()); // a cap never raises a grade
        assertEquals("excellent", of(g, "c").grade());
    }

    /** Seven units, 优秀 for at most 30 %: 7 × 0.3 = 2.1, rounded down to 2 seats. */
    static List<Unit> seven() {
        List<Unit> units = new ArrayList<>();
        double[] scores = {97, 95, 93, 93, 80, 70, 50};
        for (int i = 0; i < scores.length; i++) units.add(unit("u" + (i + 1), "county", scores[i]));
        return units;
    }

    @Test
    void theQuotaMovesTheLowestExcellentBeyondThirtyPerCentOneGradeDown() {
        Conventions c = new Conventions(parameters(null, QuotaTies.DEMOTE_ALL), grades(0.3), List.of());
        List<Unit> units = new ArrayList<>(seven());
        units.set(3, unit("u4", "county", 91.0)); // 97, 95, 93, 91 reach 90: four for two seats
        List<UnitGrade> g = new Grader(c, INDICATORS).grade(units);
        assertEquals(List.of("excellent", "excellent", "good", "good", "good", "pass", "fail"),
                g.stream().map(UnitGrade::grade).toList());
        UnitGrade u3 = of(g, "u3");
        assertEquals("excellent", u3.beforeQuota());
        assertEquals(List.of(new Demotion("excellent", "good", 3, 2, 7, 0.3, "")), u3.demotions());
        assertEquals(List.of(), of(g, "u2").demotions());
    }

    @Test
    void tiesAcrossTheQuotaBoundaryFollowTheTieRule() {
        // 97, 95, 93, 93 reach 优秀; two seats: 97 and 95 keep it under every rule
        Conventions demote = new Conventions(parameters(null, QuotaTies.DEMOTE_ALL), grades(0.3), List.of());
        assertEquals(List.of("excellent", "excellent", "good", "good"), firstFour(demote, seven()));

        // a tie across the boundary: 97, 93, 93 — one seat left for two units tied at 93
        List<Unit> tied = new ArrayList<>(seven());
        tied.set(1, unit("u2", "county", 93.0));
        tied.set(2, unit("u3", "county", 93.04)); // shown as 93.0: tied with u2
        tied.set(3, unit("u4", "county", 80.0));
        assertEquals(List.of("excellent", "good", "good", "good"), firstFour(demote, tied));
        List<UnitGrade> g = new Grader(demote, INDICATORS).grade(tied);
        assertEquals("demote-all", of(g, "u2").demotions().get(0).tie());

        Conventions keep = new Conventions(parameters(null, QuotaTies.KEEP_ALL), grades(0.3), List.of());
        assertEquals(List.of("excellent", "excellent", "excellent", "good"), firstFour(keep, tied)); // three for two seats

        // the higher base score keeps it: u2 reaches 93 with a bonus of 3 from a base of 90, u3 has 93 as its base
        ConventionItem bonus = item(ConventionItem.Kind.BONUS, "B1", PROJECTS, atLeast(1), 3, null);
        Conventions base = new Conventions(parameters(null, QuotaTies.BASE_SCORE), grades(0.3), List.of(bonus));
        List<Unit> byBase = new ArrayList<>(tied);
        byBase.set(1, unit("u2", "county", 90.0, PROJECTS.id(), new Value.Number(5)));
        byBase.set(2, unit("u3", "county", 93.0));
        assertEquals(List.of("excellent", "good", "excellent", "good"), firstFour(base, byBase));
        // still tied on the base score: neither keeps it, the quota is not exceeded
        assertEquals(List.of("excellent", "good", "good", "good"), firstFour(base, tied));
    }

    private static List<String> firstFour(Conventions c, List<Unit> units) {
        return new Grader(c, INDICATORS).grade(units).stream().limit(4).map(UnitGrade::grade).toList();
    }

    @Test
    void quotaRoundingIsTheTablesAndAWholeShareStaysWhole() {
        assertEquals(2, QuotaRounding.FLOOR.seats(0.3, 7));
        assertEquals(2, QuotaRounding.ROUND.seats(0.3, 7));
        assertEquals(3, QuotaRounding.CEIL.seats(0.3, 7));
        assertEquals(3, QuotaRounding.FLOOR.seats(0.3, 10)); // 0.3 × 10 is 3.0000000000000004 in doubles
        assertEquals(3, QuotaRounding.CEIL.seats(0.3, 10));
        assertEquals(2, QuotaRounding.ROUND.seats(0.25, 6)); // 1.5 rounds half up
    }

    @Test
    void aUnitWithoutAnIndexIsNotGradedAndNotCountedInTheQuota() {
        Conventions c = new Conventions(parameters(null, QuotaTies.DEMOTE_ALL), grades(0.5), List.of());
        List<UnitGrade> g = new Grader(c, INDICATORS).grade(List.of(unit("a", "county", 95.0), unit("b", "county", 94.0),
                unit("n", "county", null)));
        assertNull(of(g, "n").finalScore());
        assertEquals("", of(g, "n").grade());
        // two graded units, 50 %: one seat
        assertEquals(List.of("excellent", "good"), List.of(of(g, "a").grade(), of(g, "b").grade()));
    }

    @Test
    void quotasPerKindCountDepartmentsApartFromCounties() {
        GradingParameters byKind = new GradingParameters(null, null, null, null, QuotaRounding.FLOOR, QuotaTies.DEMOTE_ALL, QuotaGroup.KIND, Map.of());
        Conventions c = new Conventions(byKind, grades(0.5), List.of());
        List<UnitGrade> g = new Grader(c, INDICATORS).grade(List.of(unit("a", "county", 95.0), unit("b", "county", 94.0),
                unit("x", "department", 93.0), unit("y", "department", 92.0)));
        // each kind has two units and one seat; over all four there would be two seats, both counties'
        assertEquals(List.of("excellent", "good", "excellent", "good"), g.stream().map(UnitGrade::grade).toList());
    }
}
