package cn.tongcheng.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeping fewer stages changes what can be read, never a score, a rank or an aggregate (on ASEM, every step used). */
class StagesKeptTest {
    private static IndexStructure structure;
    private static IndexResult all, none, one;

    @BeforeAll
    static void compute() {
        structure = Asem.structure();
        MethodSpec method = Asem.method().build();
        all = CompositeIndex.compute(structure, method, Asem.data());
        none = CompositeIndex.compute(structure, method, Asem.data(), StagesKept.NONE);
        one = CompositeIndex.compute(structure, method, Asem.data(), StagesKept.of(Set.of("LAO")));
    }

    @Test
    void scoresRanksAndAggregatesAreTheSameWhateverIsKept() {
        for (Node node : structure.nodes()) {
            for (String unit : all.units()) {
                String at = unit + " " + node.code();
                assertEquals(all.score(unit, node.code()), none.score(unit, node.code()), at);
                assertEquals(all.rank(unit, node.code()), none.rank(unit, node.code()), at);
                assertEquals(all.score(unit, node.code()), one.score(unit, node.code()), at);
                if (!node.isIndicator()) {
                    assertEquals(all.result(unit, node.code()), none.result(unit, node.code()), at);
                    assertEquals(all.result(unit, node.code()), none.aggregatesOnly().result(unit, node.code()), at);
                }
            }
        }
        assertEquals(all.treatments(), none.treatments());
    }

    @Test
    void theOnePlaceKeptHasItsWholeChainAndTheOthersNone() {
        for (Node ind : structure.indicators()) {
            assertEquals(all.result("LAO", ind.code()), one.result("LAO", ind.code()), ind.code());
            assertThrows(IllegalStateException.class, () -> one.result("JPN", ind.code()));
            assertThrows(IllegalStateException.class, () -> none.result("LAO", ind.code()));
        }
    }

    @Test
    void aggregatesOnlyKeepsNoIndicator() {
        IndexResult kept = all.aggregatesOnly();
        assertThrows(IllegalStateException.class, () -> kept.score("LAO", "Elec"));
        assertEquals(all.score("LAO", "Index"), kept.score("LAO", "Index"));
    }
}
