package cn.tongcheng.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.tongcheng.assessment.Aggregator;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.Tier;
import cn.tongcheng.ruletest.RuleTest.Expectation;
import cn.tongcheng.ruletest.TestResult.Mismatch;

/**
 * Runs rule tests through the same engine and aggregation as {@code assess}, one place-year each, and
 * compares the outcome with what each test expects. Scores and the index match to one decimal.
 */
public final class RuleTestRunner {
    private final RuleBase rules;

    public RuleTestRunner(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * @param only     runs only the tests whose name this finds, or all when null
     * @param coverage records the rules that fire, or null
     */
    public TestRun run(List<RuleTest> tests, Pattern only, RuleCoverage coverage) {
        AssessmentEngine engine = new AssessmentEngine(rules, 1, coverage == null ? null : coverage::listener);
        Aggregator aggregator = new Aggregator(rules.catalogue());
        List<TestResult> results = new ArrayList<>();
        int skipped = 0;
        for (RuleTest t : tests) {
            if (only != null && !only.matcher(t.name()).find()) {
                skipped++;
                continue;
            }
            if (coverage != null) coverage.startTest(t);
            PlaceYear py = new PlaceYear(t.place(), t.year());
            cn.tongcheng.assessment.YearIndex index = new cn.tongcheng.assessment.YearIndex(rules.catalogue(), p -> true);
            PlaceYearOutcome o = engine.run(List.of(py),
                    Map.of(AssessmentEngine.key(t.place().id(), t.year()), t.facts()), ProgressListener.NONE, index).get(0);
            results.add(new TestResult(t, compare(t, aggregator.aggregate(o, index))));
        }
        return new TestRun(results, skipped, coverage == null ? null : coverage.report());
    }

    private List<Mismatch> compare(RuleTest t, PlaceAssessment a) {
        List<Mismatch> out = new ArrayList<>();
        for (Expectation e : t.expectations()) {
            String actual = actual(e, a);
            if (!matches(e, actual)) out.add(new Mismatch(what(e), e.expected(), actual));
        }
        return out;
    }

    private String actual(Expectation e, PlaceAssessment a) {
        Optional<IndicatorScore> s = a.indicators().stream().filter(x -> x.getIndicator().equals(e.subject())).findFirst();
        return switch (e.kind()) {
            case STATUS -> s.map(x -> x.getStatus().name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
            case SCORE -> s.map(IndicatorScore::getScore).map(cn.tongcheng.assessment.ScoreDisplay::of).orElse("none");
            case INDEX -> a.index() == null ? "none" : cn.tongcheng.assessment.ScoreDisplay.of(a.index());
            case TIER -> a.tier().isEmpty() ? "none" : a.tier();
            case RECOMMEND -> a.recommendations().stream().map(Recommendation::rule).anyMatch(e.subject()::equals) ? "yes" : "no";
            case DIAGNOSE -> a.diagnoses().stream().map(Diagnosis::rule).anyMatch(e.subject()::equals) ? "yes" : "no";
            case RECOMMEND_EXACTLY -> String.join(", ", a.recommendations().stream().map(Recommendation::rule).toList());
            case DIAGNOSE_EXACTLY -> String.join(", ", a.diagnoses().stream().map(Diagnosis::rule).toList());
        };
    }

    private boolean matches(Expectation e, String actual) {
        return switch (e.kind()) {
            case SCORE, INDEX -> e.expected().equals(actual) || (!actual.equals("none") && !e.expected().equals("none")
                    && Math.abs(Double.parseDouble(actual) - Double.parseDouble(e.expected())) < 0.05);
            case TIER -> e.expected().equals(actual) || rules.catalogue().tiers().stream().filter(tt -> tt.id().equals(actual))
                    .map(Tier::nameZh).anyMatch(e.expected()::equals);
            default -> e.expected().equals(actual);
        };
    }

    private static String what(Expectation e) {
        return switch (e.kind()) {
            case STATUS -> e.subject() + " status";
            case SCORE -> e.subject() + " score";
            case INDEX -> "index";
            case TIER -> "tier";
            case RECOMMEND -> "recommend " + e.subject();
            case DIAGNOSE -> "diagnose " + e.subject();
            case RECOMMEND_EXACTLY -> "recommendations";
            case DIAGNOSE_EXACTLY -> "diagnoses";
        };
    }
}
