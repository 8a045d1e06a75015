package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Value;
import cn.tongcheng.method.NoScoreReason;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reported figure that has no score, for a place in an assessed year: the figure of a monitoring-only indicator
 * (never scored nor part of any aggregate), or of a scored indicator that the method could not score that year
 * (e.g. too few places report it to compare). Shown with its source, its change since the place's previous
 * figure and, for the second kind, why it has no score.
 *
 * @param fact     the figure, its source and quote
 * @param previous the same place's latest earlier figure of the indicator (any earlier year), or null
 * @param reason   why a scored indicator's figure has no score; null for a monitoring indicator
 */
@JsonPropertyOrder({"place", "year", "indicator", "value", "previousYear", "change", "reason", "fact", "previous"})
public record MonitoredValue(String place, int year, String indicator, Fact fact, Fact previous, NoScoreReason reason) {

    /** A monitoring indicator's figure. */
    public MonitoredValue(String place, int year, String indicator, Fact fact, Fact previous) {
        this(place, year, indicator, fact, previous, null);
    }

    /** Whether the indicator is monitoring only (else a scored indicator's figure without a score this year). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean monitoring() {
        return reason == null;
    }

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

    /**
     * The figures without a score in the given years, by year, place order and catalogue order: those of the
     * monitoring indicators, and those {@code unscored} gives a reason for.
     */
    public static List<MonitoredValue> of(List<Indicator> catalogue, List<Fact> facts, List<Integer> years, List<String> placeOrder,
            java.util.function.Function<Fact, java.util.Optional<NoScoreReason>> unscored) {
        Map<String, Integer> order = new java.util.HashMap<>();
        Set<String> monitoring = new java.util.HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            order.put(catalogue.get(i).id(), i);
            if (catalogue.get(i).monitoring()) monitoring.add(catalogue.get(i).id());
        }
        Set<Integer> wanted = Set.copyOf(years);
        // each place's figures of each indicator, to find the previous one without a scan per figure
        Map<String, List<Fact>> history = new java.util.HashMap<>();
        for (Fact f : facts) history.computeIfAbsent(f.place() + "\u0000" + f.indicator(), k -> new ArrayList<>()).add(f);
        List<MonitoredValue> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!order.containsKey(f.indicator()) || !wanted.contains(f.year())) continue;
            NoScoreReason reason = monitoring.contains(f.indicator()) ? null : unscored.apply(f).orElse(null);
            if (!monitoring.contains(f.indicator()) && reason == null) continue;
            Fact previous = history.get(f.place() + "\u0000" + f.indicator()).stream().filter(e -> e.year() < f.year())
                    .max(Comparator.comparingInt(Fact::year)).orElse(null);
            out.add(new MonitoredValue(f.place(), f.year(), f.indicator(), f, previous, reason));
        }
        Map<String, Integer> placeIndex = new java.util.HashMap<>();
        for (int i = 0; i < placeOrder.size(); i++) placeIndex.putIfAbsent(placeOrder.get(i), i);
        out.sort(Comparator.comparingInt(MonitoredValue::year)
                .thenComparingInt(v -> placeIndex.getOrDefault(v.place(), Integer.MAX_VALUE))
                .thenComparingInt(v -> order.get(v.indicator())));
        return List.copyOf(out);
    }
}
