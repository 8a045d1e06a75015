package cn.tongcheng.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.facts.Indicator;

/** What the rule base defines besides its rules: dimensions, indicators, tiers and method parameters. */
public record Catalogue(List<Dimension> dimensions, List<Indicator> indicators, List<Tier> tiers, Method method) {

    public Catalogue {
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        tiers = tiers.stream().sorted(Comparator.comparingDouble(Tier::minIndex).reversed()).toList();
    }

    public Map<String, Indicator> indicatorsById() {
        Map<String, Indicator> m = new LinkedHashMap<>();
        indicators.forEach(i -> m.put(i.id(), i));
        return m;
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The highest tier whose threshold the index reaches. */
    public Optional<Tier> tierOf(double index) {
        return tiers.stream().filter(t -> index >= t.minIndex()).findFirst();
    }
}
