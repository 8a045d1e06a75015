package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.problem.ProblemList;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code catalogue} of the catalogue tables. Each row of a table hands its cells over as a
 * {@link Draft}; {@link #build} then checks them all and makes the {@link Catalogue}.
 */
public final class CatalogueBuilder {
    private final RuleOrigins origins;
    private final List<Draft> drafts = new ArrayList<>();

    CatalogueBuilder(RuleOrigins origins) {
        this.origins = origins;
    }

    public Draft dimension(RuleContext drools, String id) {
        return draft("dimension", drools, id);
    }

    public Draft indicator(RuleContext drools, String id) {
        return draft("indicator", drools, id);
    }

    public Draft tier(RuleContext drools, String id) {
        return draft("tier", drools, id);
    }

    public Draft parameter(RuleContext drools, String name) {
        return draft("parameter", drools, name);
    }

    private synchronized Draft draft(String kind, RuleContext drools, String id) {
        Draft d = new Draft(kind, id, origins.of(drools.getRule()));
        drafts.add(d);
        return d;
    }

    Catalogue build(ProblemList problems) {
        drafts.sort(java.util.Comparator.comparing(Draft::origin, CatalogueBuilder::compareOrigins));
        rejectDuplicates(problems);
        List<Dimension> dims = of("dimension").stream().map(d -> dimension(d, problems)).flatMap(Optional::stream).toList();
        List<String> dimIds = dims.stream().map(Dimension::id).toList();
        List<Indicator> inds = of("indicator").stream().map(d -> indicator(d, dimIds, problems)).flatMap(Optional::stream).toList();
        List<Tier> tiers = of("tier").stream().map(d -> tier(d, problems)).flatMap(Optional::stream).toList();
        return new Catalogue(dims, inds, tiers, method(problems));
    }

    /** Orders {@code file:line} origins by file, then numerically by line. */
    private static int compareOrigins(String a, String b) {
        int ca = a.lastIndexOf(':'), cb = b.lastIndexOf(':');
        int byFile = a.substring(0, Math.max(ca, 0)).compareTo(b.substring(0, Math.max(cb, 0)));
        if (byFile != 0) return byFile;
        try {
            return Integer.compare(Integer.parseInt(a.substring(ca + 1)), Integer.parseInt(b.substring(cb + 1)));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private List<Draft> of(String kind) {
        return drafts.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    private void rejectDuplicates(ProblemList problems) {
        Map<String, Draft> seen = new HashMap<>();
        List<Draft> dupes = new ArrayList<>();
        for (Draft d : drafts) {
            Draft before = seen.putIfAbsent(d.kind() + "|" + d.id(), d);
            if (before != null) {
                problems.addAt(d.origin(), "id", "catalogue.duplicate", d.kind(), d.id(), before.origin());
                dupes.add(d);
            }
        }
        drafts.removeAll(dupes);
    }

    private Optional<Dimension> dimension(Draft d, ProblemList problems) {
        boolean ok = required(d, problems, "zh");
        Optional<Double> weight = number(d, "weight", problems, true);
        if (!ok || weight.isEmpty()) return Optional.empty();
        return Optional.of(new Dimension(d.id(), d.get("zh"), d.get("en"), weight.get(), d.get("headings"),
                d.get("source"), d.get("quote"), d.origin()));
    }

    private Optional<Indicator> indicator(Draft d, List<String> dimensions, ProblemList problems) {
        boolean ok = required(d, problems, "zh");
        if (!dimensions.contains(d.get("dimension"))) {
            problems.addAt(d.origin(), "dimension", "catalogue.unknown-dimension", d.get("dimension"), dimensions);
            ok = false;
        }
        IndicatorType type;
        try {
            type = IndicatorType.parse(d.get("type"));
        } catch (IllegalArgumentException e) {
            problems.addAt(d.origin(), "type", "catalogue.bad-type", d.get("type"));
            return Optional.empty();
        }
        String direction = d.get("direction").toLowerCase(Locale.ROOT);
        if (!direction.isEmpty() && !direction.equals("higher") && !direction.equals("lower")) {
            problems.addAt(d.origin(), "direction", "catalogue.bad-direction", d.get("direction"));
            ok = false;
        }
        List<String> levels = d.get("levels").isEmpty() ? List.of() : List.of(d.get("levels").split("\\s*\\|\\s*"));
        if (type == IndicatorType.LEVEL && levels.size() < 2) {
            problems.addAt(d.origin(), "levels", "catalogue.missing-levels", d.id());
            ok = false;
        }
        String unit = d.get("unit");
        double min = number(d, "min", problems, false).orElse(type == IndicatorType.NUMBER ? 0 : Double.NaN);
        double max = number(d, "max", problems, false).orElse("%".equals(unit) ? 100 : Double.NaN);
        if (!ok) return Optional.empty();
        return Optional.of(new Indicator(d.id(), d.get("zh"), d.get("en"), d.get("dimension"), type, unit,
                !direction.equals("lower"), levels, min, max, d.get("source"), d.get("quote"), d.origin(),
                d.get("definition").isBlank() ? d.get("note") : d.get("definition")));
    }

    private Optional<Tier> tier(Draft d, ProblemList problems) {
        boolean ok = required(d, problems, "zh");
        Optional<Double> min = number(d, "min", problems, true);
        if (!ok || min.isEmpty()) return Optional.empty();
        return Optional.of(new Tier(d.id(), d.get("zh"), d.get("en"), min.get(), d.origin()));
    }

    private Method method(ProblemList problems) {
        Map<String, Double> params = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Draft d : of("parameter")) {
            number(d, "value", problems, true).ifPresent(v -> params.put(d.id(), v));
            origins.put(d.id(), d.origin());
        }
        Method m = new Method(param(params, "band.met", problems), param(params, "band.partly_met", problems),
                param(params, "coverage.min", problems), param(params, "trend.steady", problems),
                param(params, "sensitivity.spread", problems));
        inRange(m.metFrom() > 0, "band.met", m.metFrom(), "> 0", origins, problems);
        inRange(m.partlyMetFrom() >= 0 && m.partlyMetFrom() <= m.metFrom(), "band.partly_met", m.partlyMetFrom(),
                "0 – band.met", origins, problems);
        inRange(m.minCoverage() >= 0 && m.minCoverage() <= 1, "coverage.min", m.minCoverage(), "0 – 1", origins, problems);
        inRange(m.trendSteady() >= 0, "trend.steady", m.trendSteady(), "≥ 0", origins, problems);
        inRange(m.sensitivitySpread() > 0 && m.sensitivitySpread() < 1, "sensitivity.spread", m.sensitivitySpread(),
                "> 0, < 1", origins, problems);
        return m;
    }

    /** A parameter outside its range would silently turn the method upside down: say so, at its row. */
    private static void inRange(boolean ok, String name, double value, String range, Map<String, String> origins,
                                ProblemList problems) {
        if (ok || Double.isNaN(value)) return; // a missing parameter is reported already
        problems.addAt(origins.getOrDefault(name, "rules"), "value", "catalogue.bad-parameter", name,
                Numbers.format(value), range);
    }

    private static double param(Map<String, Double> params, String name, ProblemList problems) {
        Double v = params.get(name);
        if (v == null) {
            problems.add("rules", 0, name, "catalogue.missing-parameter", name);
            return Double.NaN;
        }
        return v;
    }

    private static boolean required(Draft d, ProblemList problems, String field) {
        if (!d.get(field).isEmpty()) return true;
        problems.addAt(d.origin(), field, "catalogue.missing-field", field, d.id());
        return false;
    }

    private static Optional<Double> number(Draft d, String field, ProblemList problems, boolean required) {
        String text = d.get(field);
        if (text.isEmpty()) {
            if (required) problems.addAt(d.origin(), field, "catalogue.missing-field", field, d.id());
            return Optional.empty();
        }
        Optional<Double> v = ValueParser.number(text);
        if (v.isEmpty()) problems.addAt(d.origin(), field, "catalogue.bad-number", text, field);
        return v;
    }
}
