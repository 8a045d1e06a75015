package cn.tongcheng.engine;

import java.util.List;

import cn.tongcheng.problem.Problem;
import cn.tongcheng.rules.Draft;

/**
 * What the criteria rows make of one place-year: the rows that fired (their cells, unchecked), the criteria
 * that pass the checks, and the problems of the others.
 */
public record CriteriaProbe(PlaceYear placeYear, List<Draft> rows, List<Criterion> criteria, List<Problem> problems) {

    public CriteriaProbe {
        rows = List.copyOf(rows);
        criteria = List.copyOf(criteria);
        problems = List.copyOf(problems);
    }
}
