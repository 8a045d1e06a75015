package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rule base is tables a policy author can edit: no Drools, Java or class names outside hand-written DRL. */
class PlainTablesTest {
    /** What Drools decision tables and DRL carry and a plain table does not. */
    static final Pattern CODE = Pattern.compile("\\bcn\\.tongcheng\\b|\\bjava\\.[a-z]|\\$param|\\bRuleSet\\b|\\bRuleTable\\b"
            + "|(^|,)(CONDITION|ACTION|NAME)(,|$)|\\bRULEFLOW-GROUP\\b|\\bdrools\\b|\\bcard\\.|^\\s*import\\s+[a-z]|^\\s*global\\s+[a-z]"
            + "|\\brule\\s+\"|\\bnew\\s+[A-Z]\\w*\\(|[A-Za-z]\\w*\\([^)]*\\);");

    @TempDir
    Path dir;

    @Test
    void noFileUnderRulesButHandWrittenDrlHoldsCode() throws IOException {
        List<String> found = new ArrayList<>();
        int tables = 0;
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".drl")).toList()) {
                if (p.toString().endsWith(".csv")) tables++;
                String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = CODE.matcher(lines[i]);
                    if (m.find()) found.add(p + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertTrue(tables >= 10, "the shipped rule base is tables: " + tables);
        assertEquals(List.of(), found);
        assertTrue(CODE.matcher("Draft c = card.criterion(drools, \"$param\");").find(), "the check sees a decision table's code");
    }

    @Test
    void onlyRulesThatNoTableCanSayStayHandWritten() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            List<Path> drl = s.filter(p -> p.toString().endsWith(".drl")).toList();
            for (Path p : drl) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                // a join across two scores, or a condition on the place: more than one pattern per rule
                assertTrue(text.contains("PlaceYear(") || text.split("IndicatorScore\\(").length > 2, p.toString());
            }
        }
    }

    @Test
    void filesThatAreNotReadAreListedAndTheRunGoesOn() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.writeString(rules.resolve("criteria/~$targets.xlsx"), "lock");
        Files.writeString(rules.resolve("criteria/.~lock.targets.csv#"), "lock");
        Files.writeString(rules.resolve("criteria/targets.csv.tmp"), "half-saved");
        RuleBase base = new RuleBaseCompiler().compile(rules);
        assertEquals(3, base.notRead().size(), base.notRead().toString());
        Run run = Fixtures.cli("assess", "--rules", rules.toString(), "--facts", Fixtures.miniFacts().toString(),
                "--out", dir.resolve("out").toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue((run.out() + run.err()).contains("~$targets.xlsx"), run.out() + run.err());
    }

    @Test
    void aWorkbookMayHoldOneTablePerSheetNamedAfterIt() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path catalogue = rules.resolve("catalogue");
        java.util.Map<String, String> sheets = new java.util.LinkedHashMap<>();
        sheets.put("维度", "dimensions.csv");
        sheets.put("指标", "indicators.csv");
        sheets.put("tiers", "tiers.csv");
        sheets.put("方法", "method.csv");
        sheets.put("reasons", "reasons.csv");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (var e : sheets.entrySet()) {
                var sheet = wb.createSheet(e.getKey());
                List<List<String>> lines = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
                        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                        .<List<String>>readValues(Files.readString(catalogue.resolve(e.getValue()), StandardCharsets.UTF_8)
                                .replace("\uFEFF", "")).readAll();
                for (int r = 0; r < lines.size(); r++) {
                    var row = sheet.createRow(r);
                    List<String> cells = lines.get(r);
                    for (int c = 0; c < cells.size(); c++) row.createCell(c).setCellValue(cells.get(c));
                }
                Files.delete(catalogue.resolve(e.getValue()));
            }
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("notes for the authors: not a table");
            try (var out = Files.newOutputStream(catalogue.resolve("目录.xlsx"))) {
                wb.write(out);
            }
        }
        RuleBase base = new RuleBaseCompiler().compile(rules);
        assertEquals(List.of(base.notRead().get(0)), base.notRead(), "the notes sheet is listed as not read");
        assertTrue(base.notRead().get(0).endsWith("目录.xlsx!说明"), base.notRead().toString());
        RuleBase csv = new RuleBaseCompiler().compile(Fixtures.miniRules());
        assertEquals(csv.catalogue().indicators().size(), base.catalogue().indicators().size());
        assertEquals(csv.catalogue().dimensions().size(), base.catalogue().dimensions().size());
        assertEquals(csv.catalogue().method(), base.catalogue().method());
        assertTrue(base.catalogue().indicators().get(0).origin().contains("目录.xlsx!指标:2"), base.catalogue().indicators().get(0).origin());
    }

    @Test
    void aQuoteMustStandInTheArticleItNamesWhenTheRulesAreRead() throws IOException {
        Path rules = Fixtures.copy(Path.of("rules"), dir.resolve("rules"));
        Fixtures.copy(Path.of("sources"), dir.resolve("sources"));
        Path targets = rules.resolve("criteria/targets.csv");
        String text = Files.readString(targets, StandardCharsets.UTF_8);
        // row 3 quotes A07; the same words with one changed, and row 4's quote credited to another article
        Files.writeString(targets, text.replace("可以将浙沪协同发展战略纳入浙江省“十三五”规划", "可以将浙沪协同发展战略纳入浙江省“十四五”规划")
                .replace("C-PL-JOINT-PLANNING,city,,,planning.joint_planning,规划共编,3,sourced,A07,",
                        "C-PL-JOINT-PLANNING,city,,,planning.joint_planning,规划共编,3,sourced,A05,"), StandardCharsets.UTF_8);
        cn.tongcheng.problem.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                cn.tongcheng.problem.InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules));
        List<cn.tongcheng.problem.Problem> ps = e.problems();
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.line() == 3 && p.column().equals("J") && p.code().equals("fact.quote-not-in-source")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.line() == 4 && p.column().equals("J") && p.message().contains("A07")), ps.toString());
    }
}
