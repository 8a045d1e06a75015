package cn.tongcheng.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tongcheng test} over the small rule base (worked example of the README) and the shipped tests. */
class RuleTestCommandTest {
    /** County 乙县 of the README's worked example, as a rule test. */
    static final String WORKED_EXAMPLE = """
            tests:
              - name: worked example
                kind: county
                year: 2016
                facts:
                  transport.bus: yes
                  transport.minutes: 90
                  industry.share: 30
                  public.settlement: 试点
                expect:
                  transport.bus: met
                  transport.minutes.score: 66.7
                  industry.share.status: partly_met
                  industry.share.score: 75
                  public.settlement: not_met
                  index: 64.6
                  tier: catching-up
                recommend: [R-SET, R-SHARE]
                not_recommend: [R-BUS]
              - name: a city has no bus target
                kind: city
                year: 2016
                expect:
                  transport.bus: none
                  industry.projects: no_data
            """;

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void copy() throws IOException {
        rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.createDirectories(rules.resolve("tests"));
    }

    void write(String name, String text) throws IOException {
        Files.writeString(rules.resolve("tests").resolve(name), text, StandardCharsets.UTF_8);
    }

    Run test(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "test";
        args[1] = rules.toString();
        args[2] = "--lang";
        args[3] = "en";
        System.arraycopy(more, 0, args, 4, more.length);
        return Fixtures.cli(args);
    }

    @Test
    void theShippedRuleTestsPass() {
        Run run = Fixtures.cli("test", "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*\\d+ passed, 0 failed.*"), run.out());
    }

    @Test
    void testsThatHoldPass() throws IOException {
        write("example.yaml", WORKED_EXAMPLE);
        Run run = test("-v");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("PASS  worked example"), run.out());
        assertTrue(run.out().contains("2 passed, 0 failed, 0 not run"), run.out());
    }

    @Test
    void aFailureShowsExpectedAndActualSideBySideWithTheFacts() throws IOException {
        write("example.yaml", WORKED_EXAMPLE.replace("transport.minutes.score: 66.7", "transport.minutes: met")
                .replace("index: 64.6", "index: 70"));
        Run run = test();
        assertEquals(3, run.exitCode(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("FAIL  worked example"), out);
        assertTrue(out.contains("example.yaml:2)"), "names the test's file and line: " + out);
        assertTrue(out.contains("facts: county, 2016; transport.bus = yes; transport.minutes = 90"), out);
        assertTrue(out.matches("(?s).*transport\\.minutes status\\s+met\\s+partly_met.*"), out);
        assertTrue(out.matches("(?s).*index\\s+70\\s+64\\.6.*"), out);
        assertTrue(out.contains("1 passed, 1 failed"), out);
    }

    @Test
    void coverageNamesTheRulesAndRowsThatNeverFiredAndTheThresholdFails() throws IOException {
        write("example.yaml", WORKED_EXAMPLE);
        Run run = test("--coverage");
        assertEquals(0, run.exitCode(), run.out());
        // 5 criteria rows + 3 recommendations + 1 diagnosis; the county fires C-BUS, C-MIN, C-SHARE, C-SET, R-SHARE,
        // R-SET; the city C-MIN, C-SHARE, C-PROJ, C-SET. R-BUS needs a place with a bus target and a gap or no
        // data, D-SMALL a share not met.
        assertTrue(run.out().contains("Coverage: 7 of 9 rules fired (77.8 %)."), run.out());
        assertTrue(run.out().matches("(?s).*Never fired:\\s+\\S*d\\.drl:7\\s+D-SMALL\\s+\\S*r\\.csv:2\\s+R-BUS\\s*"), run.out());
        assertEquals(3, test("--threshold", "80").exitCode());
        assertEquals(0, test("--threshold", "75").exitCode());
    }

    @Test
    void runPicksTestsByName() throws IOException {
        write("example.yaml", WORKED_EXAMPLE);
        Run run = test("--run", "city", "-v");
        assertTrue(run.out().contains("PASS  a city has no bus target"), run.out());
        assertFalse(run.out().contains("worked example"), run.out());
        assertTrue(run.out().contains("1 passed, 0 failed, 1 not run"), run.out());
    }

    @Test
    void aCsvTestTableWorksLikeYaml() throws IOException {
        write("example.csv", """
                name,kind,year,facts.industry.share,expect.industry.share,expect.industry.share.score,diagnose,not_recommend
                share not met,county,2016,10,not_met,25,D-SMALL,R-BUS
                share met,district,2016,40,met,100,,
                """);
        Run run = test("--coverage");
        assertEquals(3, run.exitCode(), "R-BUS fires for no data on the bus: " + run.out());
        assertTrue(run.out().matches("(?s).*recommend R-BUS\\s+no\\s+yes.*"), run.out());
        assertTrue(run.out().contains("1 passed, 1 failed"), run.out());
    }

    @Test
    void mistakesInATestFileAreLocated() throws IOException {
        write("bad.yaml", """
                tests:
                  - name: typo
                    kind: county
                    year: 2016
                    facts: {transport.buss: yes}
                    expct: {transport.bus: met}
                    recommend: [R-BUSS]
                """);
        Run run = test();
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("bad.yaml:2: facts.transport.buss: test.unknown-indicator"), run.err());
        assertTrue(run.err().contains("bad.yaml:2: expct.transport.bus: test.unknown-field"), run.err());
        assertTrue(run.err().contains("bad.yaml:2: recommend: test.unknown-rule"), run.err());
    }

    @Test
    void aTestCanExpectEveryRecommendationInOrderAndStatusAndScoreTogether() throws IOException {
        write("exact.yaml", """
                tests:
                  - name: all recommendations, in order
                    kind: county
                    year: 2016
                    facts: {transport.bus: yes, transport.minutes: 90, industry.share: 30, public.settlement: 试点}
                    expect:
                      transport.minutes: {status: partly_met, score: 66.7}
                    recommend_exactly: [R-SET, R-SHARE]
                  - name: the same in the wrong order
                    kind: county
                    year: 2016
                    facts: {transport.bus: yes, transport.minutes: 90, industry.share: 30, public.settlement: 试点}
                    recommend_exactly: [R-SHARE, R-SET]
                """);
        Run run = test("--coverage");
        assertEquals(3, run.exitCode(), run.out());
        assertTrue(run.out().contains("1 passed, 1 failed"), run.out());
        assertTrue(run.out().matches("(?s).*recommendations\\s+R-SHARE, R-SET\\s+R-SET, R-SHARE.*"), run.out());
        // the bus, minutes, share and settlement rows fire; the tests check minutes and the two recommendations
        assertTrue(run.out().contains("Asserted on by tests: 3 of 9 rules; 3 fired without a test checking what they did."), run.out());
    }

    @Test
    void aBareNumberIsNotTakenForAScore() throws IOException {
        write("bare.yaml", """
                tests:
                  - name: bare number
                    kind: county
                    year: 2016
                    expect: {transport.minutes: 66.7}
                """);
        Run run = test();
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("bare.yaml:2: expect.transport.minutes: test.implicit-score"), run.err());
        assertTrue(run.err().contains("transport.minutes.score: 66.7"), run.err());
    }

    @Test
    void aRowCountsAsAssertedOnlyWhereTheTestThatChecksItMadeItFire() throws IOException {
        write("split.yaml", """
                tests:
                  - name: a city has no bus target
                    kind: city
                    year: 2016
                    expect: {transport.bus: none}
                  - name: a county fires the bus row, and checks nothing
                    kind: county
                    year: 2016
                """);
        Run run = test("--coverage");
        assertEquals(0, run.exitCode(), run.out());
        // C-BUS fires only for the county, whose test checks nothing; the city's test checks the bus but fires no bus row
        assertTrue(run.out().contains("Asserted on by tests: 0 of 9 rules;"), run.out());
    }
}
