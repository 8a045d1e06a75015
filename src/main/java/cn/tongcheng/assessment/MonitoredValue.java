package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Value;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A monitoring-only indicator's figure for a place in an assessed year: shown with its source and its change
 * since the place's previous figure, never scored nor part of any aggregate.
 *
 * @param fact     the figure, its source and quote
 * @param previous the same place's latest earlier figure of the indicator (any earlier year), or null
 */
@JsonPropertyOrder({"place", "year", "indicator", "value", "previousYear", "change", "fact", "previous"})
public record MonitoredValue(String place, int year, String indicator, Fact fact, Fact previous) {

    @JsonProperty("value")
    public Object value() {
        return fact.value().json();
    }

    /** The year of the previous figure, or null. */
    @JsonProperty("previousYear")
    public Integer previousYear() {
        return previous == null ? null : previous.year();
    }

    /** The change since the previous figure when both are numbers, or null. */
    @JsonProperty("change")
    public Double change() {
        if (previous != null && fact.value() instanceof Value.Number now && previous.value() instanceof Value.Number before) {
            return now.amount() - before.amount();
        }
        return null;
    }

    /** The figures of the monitoring indicators in the given years, by year, place order and catalogue order. */
    public static List<MonitoredValue> of(List<Indicator> catalogue, List<Fact> facts, List<Integer> years, List<String> placeOrder) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < catalogue.size(); i++) if (catalogue.get(i).monitoring()) order.put(catalogue.get(i).id(), i);
        Set<Integer> wanted = Set.copyOf(years);
        List<MonitoredValue> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!order.containsKey(f.indicator()) || !wanted.contains(f.year())) continue;
            Fact previous = facts.stream()
                    .filter(e -> e.place().equals(f.place()) && e.indicator().equals(f.indicator()) && e.year() < f.year())
                    .max(Comparator.comparingInt(Fact::year)).orElse(null);
            out.add(new MonitoredValue(f.place(), f.year(), f.indicator(), f, previous));
        }
        out.sort(Comparator.comparingInt(MonitoredValue::year)
                .thenComparingInt(v -> placeOrder.indexOf(v.place()) < 0 ? Integer.MAX_VALUE : placeOrder.indexOf(v.place()))
                .thenComparingInt(v -> order.get(v.indicator())));
        return List.copyOf(out);
    }
}
