package cn.tongcheng.assessment;

import java.util.List;

import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.facts.Place;

/**
 * The assessment of one place in one year.
 *
 * @param index overall index 0–100, or null when data coverage is below the method's minimum
 * @param tier  id of the tier the index falls in, or empty
 * @param rank  rank among the ranked places of the year (1 = best), or null when not ranked
 * @param yearOnYear changes since the previous assessed year, or null when that year was not assessed
 * @param profile    strongest and weakest indicators relative to the other places of the year
 */
public record PlaceAssessment(Place place, int year, Double index, String tier, Integer rank, Coverage coverage,
                              List<DimensionScore> dimensions, List<IndicatorScore> indicators,
                              List<Recommendation> recommendations, List<Diagnosis> diagnoses,
                              YearOnYear yearOnYear, Profile profile) {

    public PlaceAssessment {
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        recommendations = List.copyOf(recommendations);
        diagnoses = List.copyOf(diagnoses);
    }

    PlaceAssessment withRank(Integer newRank) {
        return new PlaceAssessment(place, year, index, tier, newRank, coverage, dimensions, indicators,
                recommendations, diagnoses, yearOnYear, profile);
    }

    PlaceAssessment withComparisons(YearOnYear newYearOnYear, Profile newProfile) {
        return new PlaceAssessment(place, year, index, tier, rank, coverage, dimensions, indicators,
                recommendations, diagnoses, newYearOnYear, newProfile);
    }

    /** How many of the indicators that apply to the place have no fact: not reported (which is never "not done"). */
    public int unreported() {
        return (int) indicators.stream().filter(s -> s.getFact() == null).count();
    }

    /** The dimension score with this id, if the catalogue has it. */
    public java.util.Optional<DimensionScore> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }
}
