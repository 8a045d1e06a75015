package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unusual but unambiguous values are normalised and say how; ambiguous ones are refused with their reason. */
class ValueParserTest {
    private static Indicator number(String unit) {
        return new Indicator("x", "x", "x", "d", IndicatorType.NUMBER, unit, true, List.of(), Double.NaN, Double.NaN,
                "", "", "rules/x:1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "１２３;个;123;full-width",
            "'1,234';个;1234;thousands",
            "'1,234,567.5';个;1234567.5;thousands",
            "35%;%;35;percent",
            "３５％;%;35;full-width percent",
            "60分钟;分钟;60;unit",
            "1.2万;万元;1.2;multiplier",
            "3.5亿元;亿元;3.5;unit",
            "-2.5e2;个;-250;''"})
    void readsAndNormalises(String text, String unit, double expected, String how) {
        ValueParser.Reading r = ValueParser.read(number(unit), text);
        assertEquals(new Value.Number(expected), r.value(), r.toString());
        assertEquals(how.isEmpty() ? List.of() : List.of(how.split(" ")), r.normalised());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'1,5';个;fact.ambiguous-separator",
            "'1,2345';个;fact.ambiguous-separator",
            "35%;个;fact.ambiguous-percent",
            "1.2万;个;fact.ambiguous-multiplier",
            "12000万;亿元;fact.ambiguous-multiplier",
            "NaN;个;fact.not-finite",
            "-Infinity;个;fact.not-finite",
            "1e999;个;fact.not-finite",
            "#N/A;个;fact.spreadsheet-error",
            "12d;个;fact.bad-value",
            "0x10;个;fact.bad-value",
            "' ';个;fact.missing-value"})
    void refusesWhatItWouldHaveToGuess(String text, String unit, String code) {
        assertEquals(code, ValueParser.read(number(unit), text).problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2016;2016;", "２０１６;2016;full-width", "2016年;2016;year", "2016年度;2016;year",
            "2016-12-31;;", "16;;", "2016.5;;"})
    void yearsButNotDates(String text, Integer year, String how) {
        List<String> notes = new ArrayList<>();
        assertEquals(Optional.ofNullable(year), ValueParser.year(text, notes));
        if (year != null) assertEquals(how == null ? List.of() : List.of(how), notes);
    }
}
