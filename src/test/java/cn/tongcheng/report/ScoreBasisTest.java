package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A score's basis in words names which places it is compared with and by which method when the normalisation
 * compares places; ranks appear only in a year with enough places that have an index (the mini rule base: three
 * counties and districts with an index in 2016, one in 2015).
 */
class ScoreBasisTest {
    @TempDir
    Path dir;

    @Test
    void aComparativeScoreNamesThePlacesAndTheMethodAndAnUnrankedYearHasNoRanks() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path method = rules.resolve("catalogue/method.csv");
        Files.writeString(method, Files.readString(method).stripTrailing() + "\nnormalisation,min-max,policy-choice,\n");
        Run run = Fixtures.cli("assess", "--rules", rules.toString(), "--facts", Fixtures.miniFacts().toString(), "--year",
                "2015,2016", "--format", "csv,md", "--lang", "en", "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, String>> rows = csv(dir.resolve("out/assessment-2015-2016.csv"));

        Map<String, String> share = rows.stream().filter(r -> r.get("place").equals("a") && r.get("year").equals("2016")
                && r.get("code").equals("industry.share")).findFirst().orElseThrow();
        assertEquals("comparison", share.get("basis_kind"));
        assertTrue(share.get("basis_en").matches("compared with \\d+ place\\(s\\) by min-max: .*County A.*"), share.get("basis_en"));
        assertTrue(share.get("basis_zh").matches("与 \\d+ 个地区比较（最小–最大标准化）：.*乙县.*"), share.get("basis_zh"));

        List<Map<String, String>> index2016 = rows.stream().filter(r -> r.get("kind").equals("index") && r.get("year").equals("2016")
                && List.of("a", "b", "d").contains(r.get("place"))).toList();
        assertTrue(index2016.stream().allMatch(r -> !r.get("rank").isEmpty()), "2016 is ranked: " + index2016);
        List<Map<String, String>> index2015 = rows.stream().filter(r -> r.get("kind").equals("index") && r.get("year").equals("2015")).toList();
        assertTrue(index2015.stream().allMatch(r -> r.get("rank").isEmpty()), "2015 has one place with an index: no rank " + index2015);
        for (Map<String, String> r : index2015) {
            assertEquals(Integer.parseInt(r.get("applicable")) - Integer.parseInt(r.get("unreported")),
                    rows.stream().filter(o -> o.get("place").equals(r.get("place")) && o.get("year").equals("2015")
                            && o.get("kind").equals("indicator") && !o.get("value").isEmpty()).count(),
                    "unreported = applicable − reported for " + r.get("place"));
        }
        String md = Files.readString(dir.resolve("out/assessment-2015-2016.en.md"));
        assertTrue(md.contains("a ranking needs at least 3 (ranking.min\\_places), so no place is ranked this year."), md);
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file).replace("\uFEFF", "");
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }
}
