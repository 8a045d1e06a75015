package cn.tongcheng.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.RuleBase;

/**
 * What each assessed unit is asked for in a year: the indicators whose criteria apply to it (as the engine
 * fires the criteria rows for that place and year), and the monitoring indicators that places of its level have
 * reported (a county's figure is asked of the counties and districts, the city's of the city), in the order of the
 * dimensions and the catalogue.
 */
public final class FormPlan {
    private final RuleBase rules;
    private final FactBase facts;
    private final AssessmentEngine engine;

    public FormPlan(RuleBase rules, FactBase facts) {
        this.rules = rules;
        this.facts = facts;
        this.engine = new AssessmentEngine(rules, 1);
    }

    /** The units a round goes to: every place that is assessed (the city, its counties and districts; not peers). */
    public List<Place> units() {
        return facts.places().stream().filter(p -> !p.peer()).toList();
    }

    public List<FormItem> items(Place place, int year) {
        Catalogue catalogue = rules.catalogue();
        Map<String, Indicator> byId = catalogue.indicatorsById();
        Set<String> ids = new LinkedHashSet<>();
        for (Criterion c : engine.criteria(new PlaceYear(place, year))) ids.add(c.indicator());
        for (Fact f : facts.facts()) {
            Indicator i = byId.get(f.indicator());
            Place reporter = facts.places().stream().filter(p -> p.id().equals(f.place())).findFirst().orElse(null);
            if (i != null && i.monitoring() && reporter != null && city(reporter) == city(place)) ids.add(i.id());
        }
        List<String> dimensions = catalogue.dimensions().stream().map(Dimension::id).toList();
        List<String> order = List.copyOf(byId.keySet());
        List<FormItem> out = new ArrayList<>();
        ids.stream().filter(byId::containsKey).map(byId::get)
                .sorted(Comparator.comparingInt((Indicator i) -> dimensions.indexOf(i.dimension()))
                        .thenComparingInt(i -> order.indexOf(i.id())))
                .forEach(i -> out.add(new FormItem(i, previous(place, year, i))));
        return out;
    }

    private static boolean city(Place p) {
        return "city".equals(p.kind());
    }

    /** The latest fact before the year, for reference (the previous year's, or the last one there is). */
    private Optional<Fact> previous(Place place, int year, Indicator indicator) {
        return facts.facts().stream()
                .filter(f -> f.place().equals(place.id()) && f.indicator().equals(indicator.id()) && f.year() < year)
                .max(Comparator.comparingInt(Fact::year));
    }
}
