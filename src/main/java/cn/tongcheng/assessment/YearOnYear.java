package cn.tongcheng.assessment;

import java.util.Map;

/**
 * How a place-year compares with the same place in the previous assessed year. Only scores present in both
 * years have a change.
 *
 * @param since      the previous year compared with
 * @param index      change of the index, or null when either year has none
 * @param rank       change of rank (positive = moved up), or null when either year is unranked
 * @param dimensions change per dimension id
 * @param indicators change of score per indicator id
 */
public record YearOnYear(int since, Change index, Change rank, Map<String, Change> dimensions,
                         Map<String, Change> indicators) {

    public YearOnYear {
        dimensions = Map.copyOf(dimensions);
        indicators = Map.copyOf(indicators);
    }
}
