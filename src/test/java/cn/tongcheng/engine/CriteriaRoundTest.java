package cn.tongcheng.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The criteria round runs once per place profile (what the criteria rows read of a place-year), and every
 * place-year still gets the criteria a session of its own would have found.
 */
class CriteriaRoundTest {
    private static final RuleBase SHIPPED = new RuleBaseCompiler().compile(Path.of("rules"));

    @TempDir
    Path dir;

    private static Place county(String id, Map<String, String> attributes) {
        return new Place(id, id, id, "county", "", false, attributes);
    }

    @Test
    void placeYearsThatLookAlikeToTheCriteriaRowsShareOneRoundAndGetTheirOwnCriteria() {
        // a, b and e look alike to the rows (e's attribute is read by none); pinghu is named by rows, s borders Shanghai
        List<Place> places = List.of(county("a", Map.of()), county("b", Map.of()), county("e", Map.of("colour", "red")),
                county("pinghu", Map.of()), county("s", Map.of("borders", "shanghai")));
        List<PlaceYear> tasks = new ArrayList<>();
        for (Place p : places) tasks.add(new PlaceYear(p, 2016));
        AtomicInteger criteriaFirings = new AtomicInteger();
        AssessmentEngine counted = new AssessmentEngine(SHIPPED, 2, () -> new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                if (SHIPPED.index().criterion(event.getMatch().getRule()) != null) criteriaFirings.incrementAndGet();
            }
        });
        List<PlaceYearOutcome> outcomes = counted.run(tasks, Map.of(), ProgressListener.NONE,
                new YearIndex(SHIPPED.catalogue(), Place::ranked));

        AssessmentEngine alone = new AssessmentEngine(SHIPPED, 1);
        Map<String, Set<String>> own = places.stream().collect(Collectors.toMap(Place::id,
                p -> alone.criteria(new PlaceYear(p, 2016)).stream().map(Criterion::id).collect(Collectors.toSet())));
        for (PlaceYearOutcome o : outcomes) {
            Set<String> got = o.scores().stream().map(s -> s.getCriterion().id()).collect(Collectors.toSet());
            assertEquals(own.get(o.place().id()), got, o.place().id());
        }
        assertEquals(own.get("a"), own.get("e"));
        assertNotEquals(own.get("a"), own.get("pinghu"));
        assertNotEquals(own.get("a"), own.get("s"));
        int threeProfiles = own.get("a").size() + own.get("pinghu").size() + own.get("s").size();
        assertEquals(threeProfiles, criteriaFirings.get(), "criteria rows fire once per profile, not per place-year");
    }

    @Test
    void askingForOnePlaceYearsCriteriaLeavesNoSessionBehind() {
        AssessmentEngine engine = new AssessmentEngine(SHIPPED, 1);
        int before = SHIPPED.kieBase().getKieSessions().size();
        for (int y = 2010; y <= 2016; y++) {
            assertFalse(engine.criteria(new PlaceYear(county("a", Map.of()), y)).isEmpty());
            assertTrue(engine.probe(new PlaceYear(county("pinghu", Map.of()), y)).problems().isEmpty());
        }
        assertEquals(before, SHIPPED.kieBase().getKieSessions().size(), "every session disposed");
    }

    @Test
    void observationsAreInsertedOnlyWhenSomeRuleReadsThem() throws IOException {
        assertFalse(FactTypes.read(SHIPPED.kieBase(), Observation.class), "no shipped rule reads an Observation");
        assertTrue(FactTypes.read(SHIPPED.kieBase(), IndicatorScore.class));

        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.writeString(rules.resolve("recommendations/seen.drl"), """
                package test.seen;

                import cn.tongcheng.engine.Observation;

                global cn.tongcheng.engine.ScoreCard card;

                rule "R-SEEN"
                    @zh("看到了。") @en("Seen.") @source("A08") @quote("低、小、散")
                when
                    Observation(indicator == "industry.share", number < 30)
                then
                    card.recommend(drools);
                end
                """, StandardCharsets.UTF_8);
        assertTrue(FactTypes.read(new RuleBaseCompiler().compile(rules).kieBase(), Observation.class));
        Assessment a = Fixtures.assess(rules, Fixtures.miniFacts(), List.of(2016), 1);
        PlaceAssessment c = a.ofYear(2016).stream().filter(p -> p.place().id().equals("c")).findFirst().orElseThrow();
        assertTrue(c.recommendations().stream().map(Recommendation::rule).anyMatch("R-SEEN"::equals),
                "a rule on the facts fires: " + c.recommendations());
    }
}
