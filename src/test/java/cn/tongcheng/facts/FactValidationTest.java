package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tongcheng.Fixtures;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad fact is reported with file, line, field and code; all at once. */
class FactValidationTest {
    static Map<String, Indicator> indicators;
    static final String HEADER = "place,year,indicator,value,unit,source,quote,note\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() {
        indicators = new RuleBaseCompiler().compile(Fixtures.miniRules()).catalogue().indicatorsById();
    }

    private List<Problem> problems(String fileName, byte[] content) throws IOException {
        Path d = Files.createTempDirectory(dir, "facts");
        Files.copy(Fixtures.miniFacts().resolve("places.yaml"), d.resolve("places.yaml"));
        Files.write(d.resolve(fileName), content);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FactBaseLoader(null).load(d, indicators));
        assertEquals("facts", e.stage());
        return e.problems();
    }

    private List<Problem> csvProblems(String rows) throws IOException {
        return problems("f.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(List<Problem> ps, int line, String field, String code) {
        assertTrue(ps.stream().anyMatch(p -> p.line() == line && p.field().equals(field) && p.code().equals(code)),
                "expected " + line + " " + field + " " + code + " in " + ps);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceWithItsLine() throws IOException {
        List<Problem> ps = csvProblems("""
                x,2016,industry.share,20,%,test,q,
                a,2016,industry.nope,20,%,test,q,
                a,2016,industry.share,120,%,test,q,
                a,2016,industry.projects,-3,个,test,q,
                a,2016,industry.projects,3,万个,test,q,
                a,20x6,industry.share,20,%,test,q,
                a,2016,transport.bus,maybe,是/否,test,q,
                a,2016,public.settlement,全国,,test,q,
                b,2016,industry.share,20,%,A99,q,
                b,2016,transport.bus,yes,是/否,test,,
                """);
        assertProblem(ps, 2, "place", "fact.unknown-place");
        assertProblem(ps, 3, "indicator", "fact.unknown-indicator");
        assertProblem(ps, 4, "value", "fact.out-of-range");
        assertProblem(ps, 5, "value", "fact.out-of-range");
        assertProblem(ps, 6, "unit", "fact.wrong-unit");
        assertProblem(ps, 7, "year", "fact.bad-year");
        assertProblem(ps, 8, "value", "fact.bad-value");
        assertProblem(ps, 9, "value", "fact.bad-value");
        assertProblem(ps, 10, "source", "fact.bad-source");
        assertProblem(ps, 11, "quote", "fact.missing-quote");
        assertEquals(10, ps.size(), ps.toString());
        assertTrue(ps.get(0).toString().startsWith("f.csv:2: place: fact.unknown-place: ")
                || ps.get(0).file().endsWith("f.csv"), ps.get(0).toString());
    }

    @Test
    void duplicatesAndConflictsNameBothPlaces() throws IOException {
        List<Problem> ps = csvProblems("""
                a,2016,industry.share,20,%,test,q,
                a,2016,industry.share,20,%,test,q,
                a,2016,industry.share,25,%,test,q,
                """);
        assertEquals(2, ps.size(), ps.toString());
        assertProblem(ps, 3, "indicator", "fact.duplicate");
        assertProblem(ps, 4, "value", "fact.conflict");
        assertTrue(ps.stream().allMatch(p -> p.message().contains("f.csv:2")), ps.toString());
    }

    @Test
    void malformedFilesAreLocated() throws IOException {
        assertProblem(problems("f.json", "[{\"place\": \"a\",\n \"year\": }]".getBytes(StandardCharsets.UTF_8)),
                2, "", "file.malformed");
        assertProblem(problems("g.yaml", "facts:\n  - place: a\n    year: [2016\n".getBytes(StandardCharsets.UTF_8)),
                3, "", "file.malformed");
        assertProblem(problems("h.csv", new byte[0]), 0, "", "file.empty");
    }

    @Test
    void yamlAndJsonRecordsCarryTheirLines() throws IOException {
        String yaml = "facts:\n  - {place: a, year: 2016, indicator: industry.share, value: 20, unit: '%', source: test, quote: q}\n"
                + "  - place: zz\n    year: 2016\n    indicator: industry.share\n    value: 20\n    unit: '%'\n    source: test\n    quote: q\n";
        assertProblem(problems("f.yaml", yaml.getBytes(StandardCharsets.UTF_8)), 3, "place", "fact.unknown-place");
    }

    @Test
    void csvSavedByExcelOrWpsReadsInUtf8BomAndGbk() throws IOException {
        String rows = HEADER + "a,2016,transport.bus,是,是/否,test,开通了公交,备注\n";
        for (byte[] bytes : List.of(withBom(rows), rows.getBytes(Charset.forName("GBK")))) {
            Path d = Files.createTempDirectory(dir, "enc");
            Files.copy(Fixtures.miniFacts().resolve("places.yaml"), d.resolve("places.yaml"));
            Files.write(d.resolve("f.csv"), bytes);
            FactBase fb = new FactBaseLoader(null).load(d, indicators);
            assertEquals(1, fb.facts().size());
            assertEquals("开通了公交", fb.facts().get(0).quote());
            assertEquals(new Value.YesNo(true), fb.facts().get(0).value());
        }
    }

    @Test
    void aMissingFactsFolderIsAProblemNotACrash() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FactBaseLoader(null).load(dir.resolve("none"), indicators));
        assertEquals("facts.no-folder", e.problems().get(0).code());
    }

    private static byte[] withBom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
