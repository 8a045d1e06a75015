package cn.tongcheng.engine;

import java.util.List;

import cn.tongcheng.problem.Problem;
import cn.tongcheng.rules.CriterionRow;

/**
 * What the criteria rows make of one place-year: the rows that fired, the criteria they set (one per
 * indicator), and the problems (rows that overlap for this place-year).
 */
public record CriteriaProbe(PlaceYear placeYear, List<CriterionRow> rows, List<Criterion> criteria, List<Problem> problems) {

    public CriteriaProbe {
        rows = List.copyOf(rows);
        criteria = List.copyOf(criteria);
        problems = List.copyOf(problems);
    }
}
