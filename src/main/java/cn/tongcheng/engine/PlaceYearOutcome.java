package cn.tongcheng.engine;

import java.util.List;

import cn.tongcheng.facts.Place;

/** What the rules made of one place in one year. */
public record PlaceYearOutcome(Place place, int year, List<IndicatorScore> scores,
                               List<Recommendation> recommendations, List<Diagnosis> diagnoses) {

    public PlaceYearOutcome {
        scores = List.copyOf(scores);
        recommendations = List.copyOf(recommendations);
        diagnoses = List.copyOf(diagnoses);
    }
}
