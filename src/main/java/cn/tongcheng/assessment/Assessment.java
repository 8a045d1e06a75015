package cn.tongcheng.assessment;

import java.util.List;

import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.sources.Article;

/**
 * A whole run: every place and year assessed, the catalogue that defined it, and the content hashes of
 * the rules and facts that produced it. Every report format is written from this one object.
 */
public record Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                         List<PlaceAssessment> places, List<Sensitivity.Result> sensitivity, List<Article> articles,
                         @com.fasterxml.jackson.annotation.JsonIgnore YearIndex index,
                         cn.tongcheng.grading.Grading grading, Scoreboard scoreboard, List<RankingField> ranking,
                         List<MonitoredValue> monitoring) {

    /**
     * @param articles   the articles of {@code sources/}, for the references (参考文献); empty when there are none
     * @param grading    the annual assessment's grades (目标责任制考核), of the whole field; empty when the rule base
     *                   states no grades or items
     * @param scoreboard the practice scoreboard of the years, from the facts (empty without a practices table)
     * @param ranking    per year, the field of its ranking and whether it was big enough to rank; empty when unknown
     * @param monitoring the figures of the monitoring-only indicators in the years assessed (shown, never scored)
     */
    public Assessment {
        years = List.copyOf(years);
        places = List.copyOf(places);
        sensitivity = List.copyOf(sensitivity);
        articles = List.copyOf(articles);
        grading = grading == null ? cn.tongcheng.grading.Grading.NONE : grading;
        scoreboard = scoreboard == null ? Scoreboard.empty() : scoreboard;
        ranking = List.copyOf(ranking);
        monitoring = List.copyOf(monitoring);
    }

    public Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                      List<PlaceAssessment> places, List<Sensitivity.Result> sensitivity, List<Article> articles,
                      YearIndex index) {
        this(rulesHash, factsHash, years, catalogue, places, sensitivity, articles, index, null, Scoreboard.empty(), List.of(),
                List.of());
    }

    public Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                      List<PlaceAssessment> places, List<Sensitivity.Result> sensitivity) {
        this(rulesHash, factsHash, years, catalogue, places, sensitivity, List.of(), null);
    }

    public Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                      List<PlaceAssessment> places) {
        this(rulesHash, factsHash, years, catalogue, places, List.of(), List.of(), null);
    }

    /** Each year's index computation: every stage of every place and node, with what decided it. */
    public java.util.Optional<cn.tongcheng.method.IndexResult> result(int year) {
        return index == null || !years.contains(year) ? java.util.Optional.empty() : java.util.Optional.of(index.result(year));
    }

    /** A year's index computation with the stages of one place only (what its explanation shows), computed again. */
    public java.util.Optional<cn.tongcheng.method.IndexResult> result(int year, String place) {
        return index == null || !years.contains(year) ? java.util.Optional.empty() : java.util.Optional.of(index.result(year, place));
    }

    /** The articles this assessment cites (facts, the sources they were preferred to, criteria, recommendations, diagnoses). */
    public List<Article> cited() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (PlaceAssessment p : places) {
            for (var s : p.indicators()) {
                if (s.getFact() != null) {
                    ids.add(s.getFact().source());
                    s.getFact().overruled().forEach(o -> ids.add(o.source()));
                }
                if (s.getCriterion() != null) ids.add(s.getCriterion().source());
            }
            p.recommendations().forEach(r -> ids.add(r.source()));
            p.diagnoses().forEach(d -> ids.add(d.source()));
        }
        return articles.stream().filter(a -> ids.contains(a.id())).toList();
    }

    /**
     * This assessment with the sensitivity of each year's ranking to the method ({@code draws} samples and {@code seed};
     * what varies: the method table's {@code sensitivity.*} rows).
     */
    public Assessment withSensitivity(int draws, long seed) {
        Sensitivity s = new Sensitivity(this);
        return new Assessment(rulesHash, factsHash, years, catalogue, places,
                years.stream().map(y -> s.analyse(y, draws, seed)).toList(), articles, index, grading, scoreboard, ranking,
                monitoring);
    }

    /** The same assessment narrowed to some places; their ranks and comparisons stay those of the whole field. */
    public Assessment only(List<String> placeIds) {
        return new Assessment(rulesHash, factsHash, years, catalogue,
                places.stream().filter(p -> placeIds.contains(p.place().id())).toList(), sensitivity, articles, index,
                grading.only(placeIds), scoreboard.only(placeIds), ranking,
                monitoring.stream().filter(m -> placeIds.contains(m.place())).toList());
    }

    /** The sensitivity result of a year, if it was asked for. */
    public java.util.Optional<Sensitivity.Result> sensitivityOf(int year) {
        return sensitivity.stream().filter(r -> r.year() == year).findFirst();
    }

    /** The field of a year's ranking, if known. */
    public java.util.Optional<RankingField> rankingOf(int year) {
        return ranking.stream().filter(f -> f.year() == year).findFirst();
    }

    /** The monitoring figures of a year. */
    public List<MonitoredValue> monitoringOf(int year) {
        return monitoring.stream().filter(m -> m.year() == year).toList();
    }

    public List<PlaceAssessment> ofYear(int year) {
        return places.stream().filter(p -> p.year() == year).toList();
    }
}
