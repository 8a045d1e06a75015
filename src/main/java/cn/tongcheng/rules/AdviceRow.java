package cn.tongcheng.rules;

import java.util.List;

import cn.tongcheng.model.Text;

/**
 * A recommendation or a diagnosis: a row of a recommendations or diagnoses table, or a hand-written DRL rule
 * with its metadata ({@code @zh}, {@code @en}, {@code @source}, {@code @quote}).
 *
 * @param when       for a table row, when it fires; null for a hand-written rule
 * @param indicators for a table row, the indicators it answers; empty for a hand-written rule
 * @param origin     {@code file:row} of the row, or {@code file:line} of the rule
 */
public record AdviceRow(Kind kind, String id, Trigger when, List<String> indicators, Text text, String source,
                        String quote, String origin) {

    public enum Kind { RECOMMENDATION, DIAGNOSIS }

    public AdviceRow {
        indicators = List.copyOf(indicators);
    }
}
