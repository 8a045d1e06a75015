package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new indicator, criterion, fact and recommendation come from edits of rules/ and facts/ alone. */
class AddIndicatorTest {
    @TempDir
    Path dir;

    @Test
    void anIndicatorAddedInRulesAndFactsIsAssessedWithoutJavaChanges() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        append(rules.resolve("catalogue/indicators.drl.csv"),
                "public.teachers_trained,赴沪培训教师,Teachers trained in Shanghai,public,number,人次,higher,,,,,,\n");
        append(rules.resolve("criteria/targets.drl.csv"),
                "C-TEACH,,,,public.teachers_trained,1000,1,policy-choice,,,test\n");
        Files.copy(Fixtures.resource("added/teachers.drl"), rules.resolve("recommendations/teachers.drl"));
        append(facts.resolve("facts.csv"), "a,2016,public.teachers_trained,500,人次,test,synthetic fixture,\n");

        Assessment a = Fixtures.assess(rules, facts, List.of(2016), 2);
        var county = a.places().stream().filter(p -> p.place().id().equals("a")).findFirst().orElseThrow();
        IndicatorScore s = county.indicators().stream()
                .filter(x -> x.getIndicator().equals("public.teachers_trained")).findFirst().orElseThrow();
        assertEquals(50.0, s.getScore());
        assertEquals(500.0, s.getShortfall());
        assertEquals(50.0, county.dimensions().stream().filter(d -> d.dimension().equals("public")).findFirst().orElseThrow().score());
        assertEquals(List.of("R-SET", "R-TEACH", "R-SHARE"),
                county.recommendations().stream().map(Recommendation::rule).toList());
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
