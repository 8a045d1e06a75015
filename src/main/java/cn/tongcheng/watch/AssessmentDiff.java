package cn.tongcheng.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.IndicatorScore;

/** What changed between two assessments: per place and year, the index, the rank and indicator scores. */
public record AssessmentDiff(List<Change> changes) {

    public AssessmentDiff {
        changes = List.copyOf(changes);
    }

    /**
     * One place-year whose index, rank or scores changed.
     *
     * @param scores indicator id → "before → after" for the scores that changed
     */
    public record Change(String place, String nameZh, String nameEn, int year, Double indexBefore, Double indexAfter,
                         Integer rankBefore, Integer rankAfter, Map<String, String> scores) {
    }

    public static AssessmentDiff between(Assessment before, Assessment after) {
        Map<String, PlaceAssessment> old = new HashMap<>();
        before.places().forEach(p -> old.put(AssessmentEngine.key(p.place().id(), p.year()), p));
        List<Change> out = new ArrayList<>();
        for (PlaceAssessment now : after.places()) {
            PlaceAssessment was = old.get(AssessmentEngine.key(now.place().id(), now.year()));
            Map<String, String> scores = scores(was, now);
            Double ib = was == null ? null : was.index();
            Integer rb = was == null ? null : was.rank();
            if (Objects.equals(ib, now.index()) && Objects.equals(rb, now.rank()) && scores.isEmpty() && was != null) continue;
            out.add(new Change(now.place().id(), now.place().nameZh(), now.place().nameEn(), now.year(), ib, now.index(),
                    rb, now.rank(), scores));
        }
        return new AssessmentDiff(out);
    }

    private static Map<String, String> scores(PlaceAssessment was, PlaceAssessment now) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Map<String, Double> old = new HashMap<>();
        if (was != null) was.indicators().forEach(s -> old.put(s.getIndicator(), s.getScore()));
        for (IndicatorScore s : now.indicators()) {
            Double b = old.get(s.getIndicator());
            if (!Objects.equals(b, s.getScore()) && (was == null || old.containsKey(s.getIndicator()) || s.getScore() != null)) {
                out.put(s.getIndicator(), show(b) + " → " + show(s.getScore()));
            }
        }
        return out;
    }

    private static String show(Double d) {
        return d == null ? "—" : cn.tongcheng.assessment.ScoreDisplay.of(d);
    }
}
