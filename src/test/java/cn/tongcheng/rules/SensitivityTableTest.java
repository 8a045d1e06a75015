package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.TieRule;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.method.Uncertainty;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;

import org.junit.jupiter.api.Test;

/** The sensitivity.* rows of the method tables, and the options that override them, read into typed choices. */
class SensitivityTableTest {
    private static final SensitivityChoices ASEM = new RuleBaseCompiler().compile(Path.of("examples/asem/rules"))
            .catalogue().method().sensitivity();

    @Test
    void asemDeclaresCoinrsVignetteChoicesWithTheMethodsOwnFirst() {
        assertEquals(List.of(new Normalisation.MinMax(0, 100), new Normalisation.MinMax(1, 100), new Normalisation.ZScore(10, 2),
                new Normalisation.Rank(TieRule.MIN)), ASEM.normalisations());
        assertEquals(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC), ASEM.aggregations());
        assertEquals(List.of(new Imputation.GroupMean("group_eurasia"), new Imputation.None()), ASEM.imputations());
        assertEquals(List.of(Treatment.Winsorise.coinrDefaults(), new Treatment.None()), ASEM.treatments());
        assertEquals(Map.of(1, 0.0, 2, 0.25, 3, 0.25), ASEM.spreadAtLevel());
        assertEquals(100, ASEM.samples());
        assertEquals(MethodSensitivity.Design.SENSITIVITY, ASEM.design());
        assertEquals(5, ASEM.uncertainties().size());
        assertTrue(ASEM.origin("sensitivity.aggregation").matches(".*method\\.csv:\\d+"), ASEM.origin("sensitivity.aggregation"));
    }

    @Test
    void alternativesAreWordsWithTheirFiguresInBrackets() {
        assertEquals(Optional.of(new Normalisation.MinMax(1, 100)), SensitivityChoiceReader.normalisation("min-max(1, 100)"));
        assertEquals(Optional.of(new Normalisation.MinMax(1, 100)), SensitivityChoiceReader.normalisation("Min-Max（1，100）"));
        assertEquals(Optional.of(new Normalisation.MinMax(0, 100)), SensitivityChoiceReader.normalisation("min-max"));
        assertEquals(Optional.of(new Normalisation.ZScore(10, 2)), SensitivityChoiceReader.normalisation("z-score(10,2)"));
        assertEquals(Optional.of(new Normalisation.RatioToTarget(true, 100)), SensitivityChoiceReader.normalisation("ratio-to-target"));
        assertEquals(Optional.of(new Normalisation.DistanceToReference("kunshan", true, 100)),
                SensitivityChoiceReader.normalisation("distance-to-reference(kunshan)"));
        for (String bad : List.of("goalposts", "min-max(1)", "min-max(5, 5)", "z-score(0, 0)", "rank(3)", "minmax", "ratio-to-target(-1)"))
            assertEquals(Optional.empty(), SensitivityChoiceReader.normalisation(bad), bad);
    }

    @Test
    void anOptionOverridesItsRowAndIsNamedWhenWrong() {
        ProblemList problems = new ProblemList();
        SensitivityChoices c = ASEM.with(List.of(new SensitivityChoices.Setting("sensitivity.aggregation", "--aggregation", "harmonic"),
                new SensitivityChoices.Setting("sensitivity.treatment", "--treatment", "no"),
                new SensitivityChoices.Setting("sensitivity.samples", "--samples", "40")), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(Aggregation.ARITHMETIC, Aggregation.HARMONIC), c.aggregations(), "the method's own stays first");
        assertEquals(List.of(Treatment.Winsorise.coinrDefaults()), c.treatments(), "not varied");
        assertEquals(40, c.samples());
        assertEquals(4, c.uncertainties().size());
        assertTrue(c.uncertainties().stream().noneMatch(u -> u instanceof Uncertainty.TreatmentChoice));

        ASEM.with(List.of(new SensitivityChoices.Setting("sensitivity.samples", "--samples", "2"),
                new SensitivityChoices.Setting("sensitivity.design", "--design", "both")), problems);
        List<Problem> found = problems.sorted();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.toString().startsWith("--samples") && p.toString().contains("method.bad-value")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.toString().startsWith("--design") && p.toString().contains("method.bad-choice")), found.toString());
    }

    @Test
    void aTableWithoutSensitivityRowsVariesTheWeightsOnly() {
        SensitivityChoices mini = new RuleBaseCompiler().compile(cn.tongcheng.Fixtures.miniRules()).catalogue().method().sensitivity();
        assertEquals(List.of(new Uncertainty.WeightNoise(0.5)), mini.uncertainties());
    }
}
