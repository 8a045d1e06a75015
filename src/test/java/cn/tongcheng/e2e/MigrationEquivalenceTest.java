package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.facts.Numbers;

import org.junit.jupiter.api.Test;

/**
 * The shipped assessment of every year with facts gives the same scores, statuses, targets, ranks, tiers,
 * recommendations (by priority) and diagnoses (with their evidence) as the rule base did before it became
 * plain tables. The expected file was written by the decision-table rule base (commit bb15497) with
 * {@code -Dtongcheng.golden.write=true}; it is the before half of the migration's proof.
 */
class MigrationEquivalenceTest {
    /** Gzipped: the projection is 5 MB of text, 170 KB compressed. */
    static final Path GOLDEN = Path.of("src/test/resources/golden/shipped-assessment.txt.gz");

    @Test
    void shippedAssessmentIsUnchangedByTheMigration() throws IOException {
        Assessment a = Fixtures.assess(Path.of("rules"), Path.of("facts"), years(), 2);
        String now = project(a);
        if (Boolean.getBoolean("tongcheng.golden.write")) {
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(GOLDEN))) {
                out.write(now.getBytes(StandardCharsets.UTF_8));
            }
        }
        String expected;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(GOLDEN))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // compared line by line, so that a failure names the first place-year and indicator that differ
        List<String> want = expected.lines().toList();
        List<String> got = now.lines().toList();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) assertEquals(want.get(i), got.get(i), "line " + (i + 1));
        assertEquals(want.size(), got.size(), "lines");
    }

    /** Among recommendations of equal worth, and among diagnoses, the order is that of the tables: file, then row. */
    @Test
    void tiesAreInTheOrderOfTheTablesRowByRow() {
        Assessment a = Fixtures.assess(Path.of("rules"), Path.of("facts"), List.of(2016), 2);
        int pairs = 0;
        for (PlaceAssessment p : a.places()) {
            var recs = p.recommendations();
            for (int i = 1; i < recs.size(); i++) {
                if (!java.util.Objects.equals(recs.get(i - 1).priority(), recs.get(i).priority())) continue;
                pairs++;
                assertTrue(cn.tongcheng.model.Origins.ORDER.compare(recs.get(i - 1).origin(), recs.get(i).origin()) <= 0,
                        recs.get(i - 1).origin() + " before " + recs.get(i).origin());
            }
            var ds = p.diagnoses();
            for (int i = 1; i < ds.size(); i++) {
                assertTrue(cn.tongcheng.model.Origins.ORDER.compare(ds.get(i - 1).origin(), ds.get(i).origin()) <= 0);
            }
        }
        assertTrue(pairs > 10, "the shipped facts have ties: " + pairs);
    }

    /** Every year some fact of the shipped fact base is about. */
    static List<Integer> years() {
        Assessor.Request req = new Assessor.Request(Path.of("rules"), Path.of("facts"), List.of(), List.of(), 1, null);
        return Assessor.load(req).factBase().years();
    }

    static String project(Assessment a) {
        StringBuilder s = new StringBuilder();
        for (PlaceAssessment p : a.places()) {
            s.append("== ").append(p.place().id()).append(' ').append(p.year())
                    .append(" index=").append(p.index() == null ? "-" : Numbers.format(p.index()))
                    .append(" tier=").append(p.tier())
                    .append(" rank=").append(p.rank() == null ? "-" : p.rank())
                    .append(" coverage=").append(p.coverage().withData()).append('/').append(p.coverage().indicators())
                    .append('\n');
            p.dimensions().forEach(d -> s.append("  dim ").append(d.dimension()).append(' ')
                    .append(d.score() == null ? "-" : Numbers.format(d.score())).append('\n'));
            p.indicators().forEach(i -> s.append("  ").append(i.getIndicator()).append(' ').append(i.getStatus())
                    .append(" score=").append(i.getScore() == null ? "-" : Numbers.format(i.getScore()))
                    .append(" target=").append(i.getTarget())
                    .append(" weight=").append(Numbers.format(i.getWeight()))
                    .append(" row=").append(i.getCriterion().id()).append('\n'));
            // in order of priority; among equal priorities the order follows the rules' places in their files,
            // which the migration moved, so those are listed by id
            s.append("  recommend ").append(p.recommendations().stream()
                    .sorted(java.util.Comparator.comparing((cn.tongcheng.engine.Recommendation r) -> r.priority() == null
                            ? Double.NEGATIVE_INFINITY : r.priority(), java.util.Comparator.reverseOrder())
                            .thenComparing(cn.tongcheng.engine.Recommendation::rule))
                    .map(r -> r.rule() + "@" + r.indicator() + "=" + (r.priority() == null ? "-" : Numbers.format(Numbers.round(r.priority(), 6))))
                    .collect(Collectors.joining(" "))).append('\n');
            s.append("  diagnose ").append(p.diagnoses().stream().map(d -> d.rule() + d.evidence()).sorted()
                    .collect(Collectors.joining(" "))).append('\n');
        }
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        for (PlaceAssessment p : a.places()) {
            p.recommendations().forEach(r -> texts.put(r.rule(), r.zh() + " | " + r.en() + " | " + r.source() + " | " + r.quote()));
            p.diagnoses().forEach(d -> texts.put(d.rule(), d.zh() + " | " + d.en() + " | " + d.source() + " | " + d.quote()));
        }
        texts.forEach((rule, text) -> s.append("text ").append(rule).append(": ").append(text).append('\n'));
        return s.toString();
    }
}
