package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.facts.Value;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions' tables (rules/grading/ of the test rule base): read into typed rows, every bad cell located. */
class ConventionTablesTest {
    /** The messages asserted below are the English ones, whatever language an earlier test of the run left set. */
    @BeforeEach
    void english() {
        cn.tongcheng.i18n.Messages.setUiLanguage(cn.tongcheng.i18n.Language.EN);
    }

    @TempDir
    Path dir;
    private int copies;

    @Test
    void theTablesAreReadIntoGradesItemsAndParameters() {
        Conventions c = new RuleBaseCompiler().compile(Fixtures.resource("grading/rules")).rows().conventions();
        assertEquals(List.of("excellent", "good", "pass", "fail"), c.grades().stream().map(Grade::id).toList());
        assertEquals(0.3, c.grades().get(0).quota(), 1e-12); // 30% in a table headed in Chinese
        assertEquals(null, c.grades().get(3).min());
        assertEquals(3.0, c.parameters().bonusCap());
        assertEquals(GradingParameters.QuotaTies.DEMOTE_ALL, c.parameters().ties());
        assertEquals(List.of("B-BUS", "B-SHARE", "B-TASKS", "D-SET", "D-BUS-UNREPORTED", "D-SHARE", "V-INCIDENT"),
                c.items().stream().map(ConventionItem::id).toList());
        ConventionItem share = c.items().get(1);
        assertEquals(new ItemCondition.OnValue(ItemCondition.Comparison.AT_LEAST, new Value.Number(30)), share.when());
        assertEquals(new ItemCondition.OnScore(Trigger.MET), c.items().get(2).when());
        assertEquals("pass", c.items().get(6).capGrade()); // written 合格, its Chinese name
        assertTrue(share.origin().endsWith("grading/bonus.csv:3"), share.origin());
    }

    @Test
    void theShippedRulesStateNoConventionsTheDocumentsDoNotGive() {
        Conventions c = new RuleBaseCompiler().compile(Path.of("rules")).rows().conventions();
        assertFalse(c.defined(), "A05 and A08 call for an annual assessment but give no grade, quota or item");
    }

    private List<Problem> problems(String file, String from, String to) throws IOException {
        Path rules = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Path p = rules.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
        return assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules)).problems();
    }

    private static void located(List<Problem> ps, String code, int line, String column) {
        assertTrue(ps.stream().anyMatch(p -> p.code().equals(code) && p.line() == line && p.column().equals(column)),
                code + " at " + line + ":" + column + " in " + ps);
    }

    @Test
    void aQuotaOverAHundredPerCentIsRefusedAtItsCell() throws IOException {
        List<Problem> ps = problems("grading/等次.csv", "75,30%", "75,120%");
        assertEquals(1, ps.size(), ps.toString());
        located(ps, "grading.quota-out-of-range", 2, "E");
        assertTrue(ps.get(0).toString().contains("等次.csv:2:E: quota: grading.quota-out-of-range"), ps.get(0).toString());
        List<Problem> fraction = problems("grading/等次.csv", "75,30%", "75,0.3");
        located(fraction, "grading.quota-fraction", 2, "E");
        assertTrue(fraction.get(0).message().contains("30%"), fraction.get(0).message());
    }

    @Test
    void thresholdsOutOfOrderAreRefusedAtTheLowerRow() throws IOException {
        List<Problem> ps = problems("grading/等次.csv", "good,良好,Good,65", "good,良好,Good,80");
        assertEquals(1, ps.size(), ps.toString());
        located(ps, "grading.grades-out-of-order", 3, "D");
        assertTrue(ps.get(0).message().contains("excellent") && ps.get(0).message().contains("75"), ps.get(0).message());
    }

    @Test
    void anUnknownIndicatorGetsADidYouMean() throws IOException {
        List<Problem> ps = problems("grading/bonus.csv", ",,industry.share,≥ 30", ",,industry.shares,≥ 30");
        assertEquals(1, ps.size(), ps.toString());
        located(ps, "criteria.unknown-indicator", 3, "G");
        assertTrue(ps.get(0).message().matches("(?s).*industry\\.share[?？].*"), ps.get(0).message());
    }

    @Test
    void aConditionMustFitTheIndicatorsType() throws IOException {
        located(problems("grading/bonus.csv", "≥ 30", "≥ 三成"), "grading.bad-when", 3, "H");
        located(problems("grading/vetoes.csv", "= yes", "≥ yes"), "grading.order-on-yesno", 2, "H");
        located(problems("grading/vetoes.csv", ",合格,", ",及格,"), "grading.unknown-grade", 2, "I");
    }

    @Test
    void bonusItemsNeedACapAndQuotasATieRule() throws IOException {
        List<Problem> ps = problems("grading/grading.csv", "bonus.cap,3,policy-choice,,,test-grading,,test data\n", "");
        located(ps, "grading.missing-parameter", 0, "");
        assertTrue(ps.get(0).message().contains("bonus.cap"), ps.get(0).message());
        List<Problem> ties = problems("grading/grading.csv", "quota.ties,demote-all", "quota.ties,coin-toss");
        located(ties, "grading.bad-choice", 6, "B");
        assertTrue(ties.get(0).message().contains("base-score"), ties.get(0).message());
    }

    @Test
    void twoGradesMayNotShareAnIdOrAName() throws IOException {
        // a veto capping at 优秀 would take the first; the report would say a unit moves from 优秀 down to 优秀
        List<Problem> zh = problems("grading/等次.csv", "good,良好,Good,65", "good,优秀,Good,65");
        assertEquals(1, zh.size(), zh.toString());
        located(zh, "grading.duplicate-grade-name", 3, "B");
        assertTrue(zh.get(0).message().contains("\"excellent\"") && zh.get(0).message().contains("等次.csv:2"), zh.get(0).message());
        located(problems("grading/等次.csv", "good,良好,Good,65", "good,良好,excellent,65"), "grading.duplicate-grade-name", 3, "C");
        located(problems("grading/等次.csv", "good,良好,Good,65", "excellent,良好,Good,65"), "catalogue.duplicate", 3, "A");
        // an id that is another grade's Chinese name: a veto writing 良好 could mean either
        located(problems("grading/等次.csv", "pass,合格,Pass,60", "良好,合格,Pass,60"), "grading.duplicate-grade-name", 4, "A");
    }

    @Test
    void aThresholdIsAboveZeroAndAboveTheFloor() throws IOException {
        // 合格 ≥ -5 with a floor of 0: every unit would pass, 不合格 could never be given
        List<Problem> negative = problems("grading/等次.csv", "pass,合格,Pass,60", "pass,合格,Pass,-5");
        assertEquals(1, negative.size(), negative.toString());
        located(negative, "grading.min-not-positive", 4, "D");
        assertTrue(negative.get(0).message().contains("-5") && negative.get(0).message().contains("pass"), negative.get(0).message());
        located(problems("grading/等次.csv", "pass,合格,Pass,60", "pass,合格,Pass,0"), "grading.min-not-positive", 4, "D");
        List<Problem> floor = problems("grading/grading.csv", "score.floor,0", "score.floor,60");
        assertEquals(1, floor.size(), floor.toString());
        located(floor, "grading.min-at-floor", 4, "D");
        assertTrue(floor.get(0).message().contains("score.floor 60"), floor.get(0).message());
        // the lowest grade has no threshold: the floor does not bear on it
        assertEquals(4, compiled("grading/grading.csv", "score.floor,0", "score.floor,59").grades().size());
    }

    @Test
    void aVetoWithoutAGradesTableSaysTheTableIsMissing() throws IOException {
        Path rules = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Files.delete(rules.resolve("grading/等次.csv"));
        List<Problem> ps = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules)).problems();
        assertEquals(1, ps.size(), ps.toString());
        located(ps, "grading.no-grades-table", 2, "I");
        String m = ps.get(0).message();
        assertTrue(m.contains("grading" + java.io.File.separator + "grades.csv") && !m.contains("()"), m);

        Path header = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Path grades = header.resolve("grading/等次.csv");
        Files.writeString(grades, Files.readString(grades, StandardCharsets.UTF_8).lines().findFirst().orElseThrow() + "\n",
                StandardCharsets.UTF_8);
        List<Problem> empty = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(header)).problems();
        located(empty, "grading.empty-grades-table", 2, "I");
        assertTrue(empty.get(0).message().contains("等次.csv lists no grade"), empty.get(0).message());
    }

    @Test
    void quotaGroupIsAllOrKind() throws IOException {
        assertEquals(GradingParameters.QuotaGroup.ALL, compiled("grading/grading.csv", "x", "x").parameters().group());
        assertEquals(GradingParameters.QuotaGroup.KIND,
                compiled("grading/grading.csv", "quota.group,all", "quota.group,按类别").parameters().group());
        assertEquals(GradingParameters.QuotaGroup.ALL,
                compiled("grading/grading.csv", "quota.group,all,policy-choice,,,test-grading,,test data\n", "").parameters().group()); // the default
        List<Problem> ps = problems("grading/grading.csv", "quota.group,all", "quota.group,each");
        located(ps, "grading.bad-choice", 7, "B");
        assertTrue(ps.get(0).message().contains("all (全部), kind (按类别)"), ps.get(0).message());
    }

    private Conventions compiled(String file, String from, String to) throws IOException {
        Path rules = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Path p = rules.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
        return new RuleBaseCompiler().compile(rules).rows().conventions();
    }

    @Test
    void messagesAreInChineseToo() throws IOException {
        cn.tongcheng.i18n.Messages.setUiLanguage(cn.tongcheng.i18n.Language.ZH);
        try {
            List<Problem> ps = problems("grading/等次.csv", "75,30%", "75,120%");
            assertTrue(ps.get(0).message().contains("超出 0–100%"), ps.get(0).message());
            List<Problem> shared = problems("grading/等次.csv", "good,良好,Good,65", "good,优秀,Good,65");
            assertTrue(shared.get(0).message().startsWith("“优秀”已是等次“excellent”"), shared.get(0).message());
            List<Problem> floor = problems("grading/grading.csv", "score.floor,0", "score.floor,60");
            assertTrue(floor.get(0).message().contains("应高于得分下限 score.floor 60"), floor.get(0).message());
        } finally {
            cn.tongcheng.i18n.Messages.setUiLanguage(cn.tongcheng.i18n.Language.EN);
        }
    }

    @Test
    void aRowForEveryPlaceAndARowForDepartmentsDoNotOverlap() throws IOException {
        Path rules = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Path targets = rules.resolve("criteria/targets.csv");
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                + "C-DONE-PLACES,,,,tasks.done,90,1,policy-choice,,,test,\n", StandardCharsets.UTF_8);
        assertEquals(2, new RuleBaseCompiler().compile(rules).rows().criteria().stream()
                .filter(c -> c.indicator().equals("tasks.done")).count(), "every place (not a department) beside departments");
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                + "C-DONE-COUNTIES,county,,,tasks.done,80,1,policy-choice,,,test,\n", StandardCharsets.UTF_8);
        List<Problem> ps = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules)).problems();
        assertTrue(ps.stream().anyMatch(p -> p.code().equals("criteria.rows-overlap") && p.line() == 9), ps.toString());
    }

    /** The five tables as one workbook with a sheet each, named in Chinese; the quota a cell Excel shows as 30 %. */
    private Path workbook(String badQuota) throws IOException {
        Path rules = Fixtures.copy(Fixtures.resource("grading"), dir.resolve("g" + copies++)).resolve("rules");
        Path grading = rules.resolve("grading");
        java.util.Map<String, String> sheets = new java.util.LinkedHashMap<>();
        sheets.put("考核办法", "grading.csv");
        sheets.put("等次", "等次.csv");
        sheets.put("加分项", "bonus.csv");
        sheets.put("扣分项", "deductions.csv");
        sheets.put("一票否决", "vetoes.csv");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(grading.resolve("考核.xlsx"))) {
            org.apache.poi.ss.usermodel.CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            for (var e : sheets.entrySet()) {
                Path csv = grading.resolve(e.getValue());
                List<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
                        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                        .<List<String>>readValues(Files.readString(csv, StandardCharsets.UTF_8)).readAll();
                var sheet = wb.createSheet(e.getKey());
                for (int r = 0; r < rows.size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String v = rows.get(r).get(c);
                        if (v == null || v.isEmpty()) continue;
                        if (v.equals("30%")) {
                            row.createCell(c).setCellValue(badQuota == null ? 0.3 : 1.2);
                            row.getCell(c).setCellStyle(percent);
                        } else if (r > 0 && v.matches("\\d+")) {
                            row.createCell(c).setCellValue(Double.parseDouble(v)); // a number cell
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
                Files.delete(csv);
            }
            wb.write(out);
        }
        return rules;
    }

    @Test
    void theTablesMayBeOneWorkbookWithASheetEach() throws IOException {
        Conventions fromCsv = new RuleBaseCompiler().compile(Fixtures.resource("grading/rules")).rows().conventions();
        Conventions fromXlsx = new RuleBaseCompiler().compile(workbook(null)).rows().conventions();
        assertEquals(fromCsv.grades().stream().map(g -> List.of(g.id(), String.valueOf(g.min()), String.valueOf(g.quota()))).toList(),
                fromXlsx.grades().stream().map(g -> List.of(g.id(), String.valueOf(g.min()), String.valueOf(g.quota()))).toList());
        assertEquals(fromCsv.items().stream().map(i -> List.of(i.id(), i.when(), i.points())).toList(),
                fromXlsx.items().stream().map(i -> List.of(i.id(), i.when(), i.points())).toList());
        assertEquals(fromCsv.parameters().bonusCap(), fromXlsx.parameters().bonusCap());
        assertTrue(fromXlsx.items().get(0).origin().contains("考核.xlsx!加分项:2"), fromXlsx.items().get(0).origin());

        List<Problem> ps = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(workbook("120%"))).problems();
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).toString().contains("考核.xlsx!等次:2:E: quota: grading.quota-out-of-range"), ps.get(0).toString());
    }
}
