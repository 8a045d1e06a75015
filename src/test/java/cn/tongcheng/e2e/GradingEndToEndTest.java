package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.grading.Demotion;
import cn.tongcheng.grading.Hit;
import cn.tongcheng.grading.UnitGrade;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annual assessment over the test rule base {@code src/test/resources/grading} (the small fixture, its grading
 * tables and two invented city departments, all test data), 2016, worked out by hand:
 *
 * <pre>
 * unit    base (index)  bonus (cap 3)        deductions               final   by score  veto   quota  grade
 * 丙县 b   75            +2 B-SHARE           0                        77      优秀       –      2nd of 1 seat → 良好
 * 乙县 a   64.58         +4 → 3 (B-BUS, B-SHARE)  −5 D-SET            62.58   合格       –      –      合格
 * 丁区 d   25            0                    −10 −20 → floor 0        0       不合格     –      –      不合格
 * 部门甲   95            0                    0                        95      优秀       –      1st    优秀
 * 部门乙   100           +1 B-TASKS           0                        101     优秀       合格    –      合格
 * </pre>
 * 优秀 at most 30 % of 5 graded units: 1.5, rounded down to 1 seat; 部门甲 (95) holds it, 丙县 (77) moves down.
 */
class GradingEndToEndTest {
    static Assessment a;

    @BeforeAll
    static void assess() {
        a = Fixtures.assess(Fixtures.resource("grading/rules"), Fixtures.resource("grading/facts"), List.of(2016), 2);
    }

    static UnitGrade unit(String id) {
        return a.grading().of(id, 2016).orElseThrow();
    }

    static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    @Test
    void theBonusIsCappedAndTheDeductionTaken() {
        UnitGrade u = unit("a");
        assertEquals(((100 + 100.0 * 60 / 90) / 2 + 75 + 2 * 50) / 4, u.base(), 1e-12);
        assertEquals(4.0, u.bonusPoints());
        assertEquals(3.0, u.bonus());
        assertEquals(5.0, u.deduction());
        assertEquals(u.base() + 3 - 5, u.finalScore(), 1e-12);
        assertEquals("pass", u.grade());
        assertEquals(List.of("B-BUS", "B-SHARE", "D-SET"), ids(u.hits()));
        Hit set = u.hits().get(2);
        assertEquals("试点", set.value());
        assertTrue(set.evidence().endsWith("facts.csv:8"), set.evidence());
        assertTrue(set.origin().endsWith("grading/deductions.csv:2"), set.origin());
    }

    @Test
    void deductionsStopAtTheFloorAndAnUnreportedIndicatorCanCost() {
        UnitGrade d = unit("d");
        assertEquals(List.of("D-BUS-UNREPORTED", "D-SHARE"), ids(d.hits())); // no bus fact: its score has no data
        assertEquals(30.0, d.deduction());
        assertEquals(0.0, d.finalScore());
        assertEquals("fail", d.grade());
    }

    @Test
    void theQuotaMovesTheSecondExcellentDown() {
        UnitGrade b = unit("b");
        assertEquals(77.0, b.finalScore());
        assertEquals("excellent", b.beforeQuota());
        assertEquals("good", b.grade());
        assertEquals(List.of(new Demotion("excellent", "good", 2, 1, 5, 0.3, "")), b.demotions());
    }

    @Test
    void aDepartmentIsGradedBesideTheCountiesOnItsTasks() {
        UnitGrade x = unit("dept-x");
        assertEquals("department", x.kind());
        assertEquals(95.0, x.finalScore()); // its index is its one task score: 95 % of the target 100 %
        assertEquals("excellent", x.grade());
        PlaceAssessment px = a.places().stream().filter(p -> p.place().id().equals("dept-x")).findFirst().orElseThrow();
        assertEquals(List.of("tasks.done"), px.indicators().stream().map(s -> s.getIndicator()).toList(),
                "rows without applies_to are the places', not a department's");
        assertNull(px.rank(), "departments are graded, not ranked in the index");
        assertEquals(List.of(1, 2, 3), List.of("b", "a", "d").stream()
                .map(id -> a.places().stream().filter(p -> p.place().id().equals(id)).findFirst().orElseThrow().rank()).toList());
    }

    @Test
    void aVetoCapsTheGradeWhateverTheScore() {
        UnitGrade y = unit("dept-y");
        assertEquals(101.0, y.finalScore());
        assertEquals("excellent", y.byScore());
        assertEquals("pass", y.beforeQuota());
        assertEquals("pass", y.grade());
        assertEquals(List.of("B-TASKS", "V-INCIDENT"), ids(y.hits()));
    }

    @Test
    void theCityAndPeersAreNotGraded() {
        assertTrue(a.grading().of("c", 2016).isEmpty());
        assertTrue(a.grading().of("p", 2016).isEmpty());
        assertEquals(5, a.grading().ofYear(2016).size());
    }

    @Test
    void theJsonReportCarriesTheGradesAndTheirWhy() {
        String json = new cn.tongcheng.report.JsonReport().render(a, cn.tongcheng.i18n.Language.ZH);
        assertTrue(json.contains("\"grading\""), "grading in the JSON");
        assertTrue(json.contains("\"beforeQuota\" : \"excellent\""), json.substring(0, 200));
        assertTrue(json.contains("\"id\" : \"V-INCIDENT\""));
    }

    @Test
    void explainShowsTheGradeAndItsItems() {
        Fixtures.Run run = Fixtures.cli("explain", "--rules", Fixtures.resource("grading/rules").toString(), "--facts",
                Fixtures.resource("grading/facts").toString(), "--year=2016", "--place", "丙县");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("年度考核：基础分 75，加分 +2，扣分 0，最终得分 77，按分数为优秀；等次：良好"), run.out());
        assertTrue(run.out().contains("  - 加分项“上海项目占比达三成”+2：上海项目占比 ≥ 30 %，实际为 40 %"), run.out());
        assertTrue(run.out().contains("居第 2 位，降为良好"), run.out());
        Fixtures.Run dept = Fixtures.cli("explain", "--rules", Fixtures.resource("grading/rules").toString(), "--facts",
                Fixtures.resource("grading/facts").toString(), "--year=2016", "--place", "dept-y", "--lang", "en");
        assertEquals(0, dept.exitCode(), dept.err());
        assertTrue(dept.out().contains("Annual assessment: base 100, bonus +1, deductions 0, final score 101, by score Excellent; grade Pass"), dept.out());
        assertTrue(dept.out().contains("a veto item caps it at Pass"), dept.out());
    }

    @Test
    void aRuleTestMayBeOfADepartment() {
        Fixtures.Run run = Fixtures.cli("test", Fixtures.resource("grading/rules").toString(), "-v");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("部门只按其任务考核"), run.out());
    }

    @Test
    void checkCountsAnIndicatorOfAVetoAsUsed() {
        Fixtures.Run run = Fixtures.cli("check", "--rules", Fixtures.resource("grading/rules").toString(), "--facts",
                Fixtures.resource("grading/facts").toString());
        String all = run.out() + run.err();
        assertTrue(all.contains("Checked"), all);
        assertTrue(!all.contains("check.no-target: indicator tasks.incident"), "tasks.incident triggers V-INCIDENT: " + all);
    }
}
