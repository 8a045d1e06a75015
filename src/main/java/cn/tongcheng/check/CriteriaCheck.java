package cn.tongcheng.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.tongcheng.check.Finding.Severity;
import cn.tongcheng.model.Origins;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.CriteriaProbe;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.RuleBase;

/**
 * Fires the criteria rows for every place of {@code places.yaml} and for a made-up city, county and district
 * (no attributes), in every year that matters (the years of the facts and the years the rows name), and
 * looks at which rows fired: two rows for one indicator (overlap), an indicator that counties have and
 * districts lack or whose years have a hole (gaps), rows that never fire, indicators without any row,
 * targets outside the indicator's range, and the cells the engine itself rejects.
 */
final class CriteriaCheck {
    static final List<String> KINDS = List.of("city", "county", "district");

    private final RuleBase rules;
    private final FactBase facts;
    private final Findings findings;
    private final Map<String, Indicator> indicators;
    final List<CriteriaProbe> probes = new ArrayList<>();
    /** Every row that fired for some place-year, by origin. */
    final Map<String, CriterionRow> rows = new LinkedHashMap<>();
    List<Integer> years;

    CriteriaCheck(RuleBase rules, FactBase facts, Findings findings) {
        this.rules = rules;
        this.facts = facts;
        this.findings = findings;
        this.indicators = rules.catalogue().indicatorsById();
    }

    static Place anyPlace(String kind) {
        return new Place("<" + kind + ">", "<" + kind + ">", "<" + kind + ">", kind, "", false, Map.of());
    }

    void run() {
        AssessmentEngine engine = new AssessmentEngine(rules, 1);
        years = years();
        for (Place p : places()) for (int y : years) probes.add(engine.probe(new PlaceYear(p, y)));
        for (CriteriaProbe probe : probes) {
            probe.problems().stream().filter(p -> !p.code().equals("criteria.overlap"))
                    .forEach(p -> findings.add(Severity.ERROR, p));
            probe.rows().forEach(d -> rows.putIfAbsent(d.origin(), d));
        }
        overlaps();
        indicatorsWithoutTarget();
        kindGaps();
        yearGaps();
        rowsThatNeverFire();
    }

    List<Place> places() {
        List<Place> out = new ArrayList<>(facts == null ? List.of() : facts.places());
        KINDS.forEach(k -> out.add(anyPlace(k)));
        return out;
    }

    /** From the year before the first that facts or rows name to the year after the last. */
    private List<Integer> years() {
        TreeSet<Integer> named = new TreeSet<>();
        if (facts != null) named.addAll(facts.years());
        for (CriterionRow c : rules.rows().criteria()) {
            if (c.fromYear() != null) named.add(c.fromYear());
            if (c.toYear() != null) named.add(c.toYear());
        }
        if (named.isEmpty()) named.add(java.time.Year.now().getValue());
        List<Integer> out = new ArrayList<>();
        for (int y = named.first() - 1; y <= named.last() + 1; y++) out.add(y);
        return out;
    }

    private void overlaps() {
        Map<List<String>, List<String>> pairs = new LinkedHashMap<>();
        for (CriteriaProbe probe : probes) {
            Map<String, List<CriterionRow>> byIndicator = byIndicator(probe.rows());
            byIndicator.forEach((ind, ds) -> {
                for (int i = 0; i < ds.size(); i++) {
                    for (int j = i + 1; j < ds.size(); j++) {
                        List<String> pair = new ArrayList<>(List.of(ds.get(i).origin(), ds.get(j).origin()));
                        pair.sort(Origins.ORDER);
                        pair.add(ind);
                        pairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(label(probe.placeYear()));
                    }
                }
            });
        }
        pairs.forEach((pair, where) -> findings.error(pair.get(1), "applies_to", "check.overlap", pair.get(2),
                pair.get(0), where.get(0), where.size() - 1));
    }

    private static Map<String, List<CriterionRow>> byIndicator(List<CriterionRow> drafts) {
        Map<String, List<CriterionRow>> out = new LinkedHashMap<>();
        drafts.forEach(d -> out.computeIfAbsent(d.indicator(), k -> new ArrayList<>()).add(d));
        return out;
    }

    static String label(PlaceYear py) {
        return py.getPlace() + " " + py.getYear();
    }

    private void indicatorsWithoutTarget() {
        Set<String> withRow = new LinkedHashSet<>();
        rules.rows().criteria().forEach(d -> withRow.add(d.indicator()));
        // an indicator that triggers a bonus, deduction or veto item of the annual assessment is used without a target
        rules.rows().conventions().items().forEach(i -> withRow.add(i.indicator()));
        for (Indicator ind : rules.catalogue().indicators()) {
            if (!withRow.contains(ind.id()) && !ind.monitoring()) findings.warning(ind.origin(), "id", "check.no-target", ind.id());
        }
    }

    /** Counties and districts are ranked together: an indicator one kind has and the other lacks is a gap. */
    private void kindGaps() {
        Map<String, CriterionRow> county = firstRowPerIndicator("<county>");
        Map<String, CriterionRow> district = firstRowPerIndicator("<district>");
        county.forEach((ind, d) -> {
            if (!district.containsKey(ind)) findings.warning(d.origin(), "applies_to", "check.gap-kind", ind, "county", "district");
        });
        district.forEach((ind, d) -> {
            if (!county.containsKey(ind)) findings.warning(d.origin(), "applies_to", "check.gap-kind", ind, "district", "county");
        });
    }

    private Map<String, CriterionRow> firstRowPerIndicator(String place) {
        Map<String, CriterionRow> out = new LinkedHashMap<>();
        probes.stream().filter(p -> p.placeYear().getPlace().equals(place))
                .forEach(p -> p.rows().forEach(d -> out.putIfAbsent(d.indicator(), d)));
        return out;
    }

    /** A place that has a target for an indicator in some years, then none, then again: a hole in the years. */
    private void yearGaps() {
        Map<String, Map<String, TreeSet<Integer>>> yearsByPlace = new LinkedHashMap<>();
        Map<String, CriterionRow> lastRow = new LinkedHashMap<>();
        for (CriteriaProbe probe : probes) {
            for (CriterionRow d : probe.rows()) {
                yearsByPlace.computeIfAbsent(probe.placeYear().getPlace(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.indicator(), k -> new TreeSet<>()).add(probe.placeYear().getYear());
                lastRow.put(probe.placeYear().getPlace() + "|" + d.indicator() + "|" + probe.placeYear().getYear(), d);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        yearsByPlace.forEach((place, byInd) -> byInd.forEach((ind, ys) -> {
            Integer before = null;
            for (int y : ys) {
                if (before != null && y > before + 1 && reported.add(ind + "|" + before + "|" + y)) {
                    CriterionRow d = lastRow.get(place + "|" + ind + "|" + before);
                    findings.warning(d.origin(), "to_year", "check.gap-year", ind, place, before, y,
                            (before + 1) + (y - 1 > before + 1 ? "–" + (y - 1) : ""));
                }
                before = y;
            }
        }));
    }

    private void rowsThatNeverFire() {
        for (CriterionRow c : rules.rows().criteria()) {
            if (!rows.containsKey(c.origin())) {
                findings.warning(c.origin(), "applies_to", "check.dead-row", c.id(), years.get(0), years.get(years.size() - 1));
            }
        }
    }
}
