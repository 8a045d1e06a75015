package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new indicator, its criterion, a recommendation and a diagnosis come from edits of tables alone, saved the
 * way Chinese Excel saves them: CSV in GBK with CRLF line ends and no byte-order mark, and a new workbook.
 */
class AddIndicatorTest {
    static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void anIndicatorAddedInTablesSavedByExcelIsAssessedWithoutJavaChanges() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        saveAsExcelDoes(rules.resolve("catalogue/indicators.csv"),
                "public.teachers_trained,赴沪培训教师,Teachers trained in Shanghai,public,number,人次,higher,,,,,,");
        saveAsExcelDoes(rules.resolve("criteria/targets.csv"),
                "C-TEACH,,,,public.teachers_trained,1000,1,policy-choice,,,test,");
        workbook(rules.resolve("recommendations/teachers.xlsx"),
                new String[] {"编号", "触发条件", "指标", "中文", "英文", "来源", "引文"},
                new String[] {"R-TEACH", "有差距", "public.teachers_trained", "扩大赴沪培训教师规模。", "Train more teachers in Shanghai.", "A10", "教师"});
        Files.writeString(rules.resolve("diagnosis/teachers.csv"),
                "id,when,indicators,zh,en,source,quote\r\nD-TEACH,gap,public.teachers_trained,赴沪培训教师偏少,Few teachers trained in Shanghai,A10,教师\r\n", GBK);
        Files.writeString(facts.resolve("facts.csv"), "a,2016,public.teachers_trained,500,人次,test,synthetic fixture,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Assessment a = Fixtures.assess(rules, facts, List.of(2016), 2);
        var county = a.places().stream().filter(p -> p.place().id().equals("a")).findFirst().orElseThrow();
        IndicatorScore s = county.indicators().stream()
                .filter(x -> x.getIndicator().equals("public.teachers_trained")).findFirst().orElseThrow();
        assertEquals(50.0, s.getScore());
        assertEquals(500.0, s.getShortfall());
        assertTrue(s.getCriterion().origin().endsWith("targets.csv:7"), s.getCriterion().origin());
        assertEquals(50.0, county.dimensions().stream().filter(d -> d.dimension().equals("public")).findFirst().orElseThrow().score());
        assertEquals(List.of("R-SET", "R-TEACH", "R-SHARE"),
                county.recommendations().stream().map(Recommendation::rule).toList());
        Recommendation teach = county.recommendations().get(1);
        assertEquals("扩大赴沪培训教师规模。", teach.zh());
        assertTrue(teach.origin().endsWith("teachers.xlsx!建议:2"), teach.origin());
        Diagnosis d = county.diagnoses().stream().filter(x -> x.rule().equals("D-TEACH")).findFirst().orElseThrow();
        assertEquals(List.of("public.teachers_trained"), d.evidence());
        assertEquals("赴沪培训教师偏少", d.zh());
    }

    /** Excel's "CSV" on Chinese Windows: GBK, CRLF, no byte-order mark. */
    private static void saveAsExcelDoes(Path csv, String newRow) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Files.writeString(csv, text + newRow + "\r\n", GBK);
    }

    private static void workbook(Path file, String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("建议");
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) row.createCell(c).setCellValue(rows[i][c]);
            }
            wb.write(out);
        }
    }
}
