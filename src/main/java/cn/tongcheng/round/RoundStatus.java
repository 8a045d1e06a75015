package cn.tongcheng.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.Dimension;

/**
 * Who has returned what in a round: for every assessed unit, the indicators its form asks for, those with a
 * fact for the year (per dimension), the weighted coverage the assessment would see, and what is missing.
 */
public record RoundStatus(int year, double minCoverage, List<UnitStatus> units) {

    public RoundStatus {
        units = List.copyOf(units);
    }

    public static RoundStatus of(Assessor.Inputs inputs, int year) {
        FormPlan plan = new FormPlan(inputs.ruleBase(), inputs.factBase());
        Map<String, PlaceAssessment> assessed = assessed(inputs, year);
        List<Dimension> dims = inputs.ruleBase().catalogue().dimensions();
        List<UnitStatus> out = new ArrayList<>();
        for (Place p : plan.units()) {
            List<Indicator> asked = plan.items(p, year).stream().map(FormItem::indicator).toList();
            Map<String, Fact> facts = inputs.factBase().facts().stream().filter(f -> f.place().equals(p.id()) && f.year() == year)
                    .collect(Collectors.toMap(Fact::indicator, Function.identity(), (a, b) -> a));
            List<Indicator> missing = asked.stream().filter(i -> !facts.containsKey(i.id())).toList();
            List<UnitStatus.DimensionStatus> perDimension = new ArrayList<>();
            for (Dimension d : dims) {
                List<Indicator> of = asked.stream().filter(i -> i.dimension().equals(d.id())).toList();
                if (of.isEmpty()) continue;
                perDimension.add(new UnitStatus.DimensionStatus(d.id(), of.size(),
                        (int) of.stream().filter(i -> facts.containsKey(i.id())).count()));
            }
            Set<String> files = new TreeSet<>();
            facts.values().forEach(f -> files.add(f.origin().replaceFirst(":\\d+$", "")));
            PlaceAssessment pa = assessed.get(p.id());
            double weighted = pa == null ? 0 : pa.coverage().weighted();
            double min = inputs.ruleBase().catalogue().method().minCoverage();
            out.add(new UnitStatus(p, asked.size(), asked.size() - missing.size(), weighted, pa != null && weighted >= min,
                    perDimension, missing, List.copyOf(files)));
        }
        return new RoundStatus(year, inputs.ruleBase().catalogue().method().minCoverage(), out);
    }

    /** The assessment of the year, for its weighted coverage; none when the year has no facts yet. */
    private static Map<String, PlaceAssessment> assessed(Assessor.Inputs inputs, int year) {
        if (!inputs.factBase().years().contains(year)) return Map.of();
        Assessor.Request request = new Assessor.Request(null, null, List.of(year), List.of(), 2, null);
        return Assessor.assess(request, inputs, ProgressListener.NONE).ofYear(year).stream()
                .collect(Collectors.toMap(a -> a.place().id(), Function.identity()));
    }

    public List<UnitStatus> returned() {
        return units.stream().filter(UnitStatus::returned).toList();
    }

    public List<UnitStatus> notReturned() {
        return units.stream().filter(u -> !u.returned()).toList();
    }
}
