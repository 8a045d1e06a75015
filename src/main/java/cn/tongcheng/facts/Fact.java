package cn.tongcheng.facts;

import java.util.List;

/**
 * One fact: the value of an indicator for a place in a year, with its source.
 *
 * @param source    the article id (A00–A16) or other source the figure comes from (a yearbook, a department)
 * @param quote     for a document: a short verbatim quote of the source that states the figure
 * @param origin    where the fact was read ({@code facts/x.csv:12})
 * @param kind      what kind of source it is: a document is proved by the quote, the others by the evidence
 * @param evidence  for statistics and department records: the table, page or document number
 * @param overruled facts for the same place, year and indicator from sources of lower precedence
 *                  ({@code rules/sources/precedence.csv}); empty when there was no other source
 */
public record Fact(String place, int year, String indicator, Value value, String unit, String source,
                   String quote, String note, String origin, SourceKind kind, String evidence, List<Fact> overruled) {

    public Fact {
        overruled = List.copyOf(overruled);
        evidence = evidence == null ? "" : evidence;
    }

    /** A fact cited from a document. */
    public Fact(String place, int year, String indicator, Value value, String unit, String source,
                String quote, String note, String origin) {
        this(place, year, indicator, value, unit, source, quote, note, origin, SourceKind.DOCUMENT, "", List.of());
    }

    public Fact overruling(List<Fact> others) {
        return new Fact(place, year, indicator, value, unit, source, quote, note, origin, kind, evidence, others);
    }
}
