package cn.tongcheng.engine;

import java.util.List;

/**
 * The step between the two rounds of sessions: from the targets and facts of every place of one year (the
 * criteria round), the indicator scores of each place. Cross-place normalisation, imputation and outlier
 * treatment need the whole year, so they run here, once per year, on one thread.
 */
@FunctionalInterface
public interface YearScorer {

    /** The scores of each place, in the order of {@code places}. */
    List<List<IndicatorScore>> score(int year, List<PlaceYearTargets> places);
}
