package cn.tongcheng.engine;

import cn.tongcheng.facts.Value;

/**
 * A target for an indicator, set by a row of a criteria table for the place and year of the session.
 *
 * @param id     the row's stable id (the table's NAME column)
 * @param basis  {@code sourced} when an article states the target, {@code policy-choice} otherwise
 * @param reason for a policy choice: one line of why
 * @param origin {@code file:row} of the table row
 */
public record Criterion(String id, String indicator, Value target, double weight, String basis, String source,
                        String quote, String reason, String origin) {
}
