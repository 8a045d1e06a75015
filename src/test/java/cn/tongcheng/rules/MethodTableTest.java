package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Availability;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.TieRule;
import cn.tongcheng.method.Treatment;

import org.junit.jupiter.api.Test;

/** The method tables as shipped: each choice read into its typed value, with the row that set it. */
class MethodTableTest {

    @Test
    void jiaxingStatesItsMethodEveryValueAPolicyChoiceWithItsNote() throws java.io.IOException {
        Catalogue c = new RuleBaseCompiler().compile(Path.of("rules")).catalogue();
        MethodChoices m = c.method().choices();
        assertEquals(new Normalisation.RatioToTarget(true, 100), m.normalisation());
        assertEquals(Aggregation.ARITHMETIC, m.aggregation());
        assertEquals(new Imputation.None(), m.imputation());
        assertEquals(new Treatment.None(), m.treatment());
        assertEquals(Availability.WEIGHT, m.availability());
        assertEquals(OptionalDouble.of(0.4), m.threshold());
        assertEquals(new cn.tongcheng.method.ComparisonSet.SameGroup("admin_level"), m.comparison());
        assertEquals(3, m.minPlaces());
        assertEquals(new Normalisation.BestOfOthers(true, 100), m.normalisation("platform.cobuilt_park_firms"),
                "an indicator several places report, without a documented target, is compared with the best of the others");
        assertTrue(c.indicatorsById().get("transport.commuter_bus_stops").monitoring(), "reported by Jiashan only: monitoring");
        assertTrue(m.origin("comparison.min_places").matches(".*method\\.csv:\\d+"), m.origin("comparison.min_places"));
        java.util.List<String> rows = java.nio.file.Files.readAllLines(Path.of("rules/catalogue/method.csv")).subList(1, 17);
        for (String row : rows) assertTrue(row.matches("[^,]+,[^,]+,policy-choice,.{20,}"), "a policy choice with its note: " + row);
        assertEquals(OptionalInt.of(1), m.ranking().decimals());
        assertEquals(TieRule.MIN, m.ranking().ties());
        assertTrue(m.origin("normalisation").matches(".*method\\.csv:\\d+"), m.origin("normalisation"));
        assertTrue(c.dimensions().stream().allMatch(d -> d.parent().isEmpty()), "Jiaxing's dimensions are parts of the index");
    }

    @Test
    void asemStatesCoinrsMethodWithDenominatorsAndAPillarTree() {
        Catalogue c = new RuleBaseCompiler().compile(Path.of("examples/asem/rules")).catalogue();
        MethodChoices m = c.method().choices();
        assertEquals(new Normalisation.MinMax(0, 100), m.normalisation());
        assertEquals(new Imputation.GroupMean("group_eurasia"), m.imputation());
        assertEquals(Treatment.Winsorise.coinrDefaults(), m.treatment());
        assertEquals(Availability.CHILDREN, m.availability());
        assertEquals(OptionalInt.of(2), m.ranking().decimals());
        assertEquals(17, m.denominatorOf().size());
        assertEquals("den_gdp", m.denominatorOf().get("Goods"));
        Map<String, String> parents = new java.util.HashMap<>();
        c.dimensions().forEach(d -> parents.put(d.id(), d.parent()));
        assertEquals("Conn", parents.get("Physical"));
        assertEquals("", parents.get("Sust"));
        assertTrue(m.origin("denominator:Goods").matches(".*indicators\\.csv:\\d+"), m.origin("denominator:Goods"));
    }
}
