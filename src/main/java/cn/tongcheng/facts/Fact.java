package cn.tongcheng.facts;

/**
 * One fact: the value of an indicator for a place in a year, with its source.
 *
 * @param source the article id (A00–A16) or other source the figure comes from
 * @param quote  a short verbatim quote of the source that states the figure
 * @param origin where the fact was read ({@code facts/x.csv:12})
 */
public record Fact(String place, int year, String indicator, Value value, String unit, String source,
                   String quote, String note, String origin) {
}
