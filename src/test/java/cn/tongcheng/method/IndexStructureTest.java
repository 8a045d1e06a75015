package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A broken structure or method is refused with every problem named. */
class IndexStructureTest {

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> IndexStructure.of(List.of(
                Node.aggregate("I", null, 1),
                Node.indicator("X", "I", HIGHER, 1),
                Node.indicator("X", "I", HIGHER, 1),
                Node.indicator("Y", "Nowhere", HIGHER, 1),
                Node.indicator("Z", "X", HIGHER, 1),
                Node.aggregate("Empty", "I", 1),
                Node.aggregate("P", "Q", 1),
                Node.aggregate("Q", "P", 1))));
        List<DefinitionProblem.Kind> kinds = e.problems().stream().map(DefinitionProblem::kind).toList();
        assertEquals(List.of(DefinitionProblem.Kind.DUPLICATE_CODE, DefinitionProblem.Kind.UNKNOWN_PARENT,
                DefinitionProblem.Kind.PARENT_IS_INDICATOR, DefinitionProblem.Kind.EMPTY_AGGREGATE,
                DefinitionProblem.Kind.CYCLE, DefinitionProblem.Kind.CYCLE), kinds);
        assertEquals("X", e.problems().get(0).subject());
        assertEquals("Y", e.problems().get(1).subject());
    }

    @Test
    void aMethodNamingNodesTheStructureDoesNotHaveIsRefused() {
        IndexStructure s = Small.oneIndicator(HIGHER);
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 1).build();
        DefinitionException e = assertThrows(DefinitionException.class, () -> CompositeIndex.compute(s,
                MethodSpec.builder().denominator("GDP", "Pop").aggregation("X", Aggregation.GEOMETRIC).build(), d));
        assertEquals(List.of(new DefinitionProblem("GDP", DefinitionProblem.Kind.UNKNOWN_INDICATOR, ""),
                new DefinitionProblem("X", DefinitionProblem.Kind.UNKNOWN_NODE, "no aggregate of that code")), e.problems());
    }

    @Test
    void aDenominatorNoUnitHasIsATypoNotMissingData() {
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 1).value("A", "Pop", 2).build();
        DefinitionException e = assertThrows(DefinitionException.class, () -> CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().denominator("X", "Ppo").build(), d));
        assertEquals(DefinitionProblem.Kind.UNKNOWN_VARIABLE, e.problems().get(0).kind());
        assertEquals("Ppo", e.problems().get(0).subject());
    }

    @Test
    void badParametersAreRefusedWhenTheMethodIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new Normalisation.Goalposts(5, 5, true, 100));
        assertThrows(IllegalArgumentException.class, () -> new Normalisation.MinMax(0, 0));
        assertThrows(IllegalArgumentException.class, () -> MethodSpec.builder().dataThreshold(2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Node.indicator("X", "I", HIGHER, -1));
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder().unit("A", Map.of()).value("A", "X", Double.NaN));
    }
}
