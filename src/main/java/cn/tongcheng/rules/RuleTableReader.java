package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.model.Location;
import cn.tongcheng.model.PlaceKind;
import cn.tongcheng.model.Text;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.Suggestions;
import cn.tongcheng.rules.table.RuleTable;
import cn.tongcheng.rules.table.TableKind;
import cn.tongcheng.rules.table.TableRow;

/**
 * Reads the plain tables of a rule base into typed rows, checking every cell of every row whether or not any
 * place will use it: ids, references to other tables (with a did-you-mean), values of the right type and
 * range, weights, years, sources and reasons. All problems are collected at the cell they are about.
 */
public final class RuleTableReader {
    /**
     * What an id, an indicator, a place or an attribute may be written as: letters, digits, {@code . _ -}.
     * These are the only cell texts that appear in the generated DRL, as string literals; a text that could
     * end the literal (a quote, a backslash, a line break) cannot pass.
     */
    static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[/,、，／|｜;；\\s\u3000]+");

    private final ProblemList problems;
    private final Map<String, Location> ids = new HashMap<>();
    /** Indicators whose rows are refused: rows that refer to them are not reported again. */
    private final java.util.Set<String> refusedIndicators = new java.util.HashSet<>();
    private final MethodChoiceReader choices;
    private final Map<String, cn.tongcheng.method.Normalisation> normalisationOf = new LinkedHashMap<>();
    private final Map<String, String> denominatorOf = new LinkedHashMap<>();
    private final Map<String, String> originOf = new HashMap<>();
    private MethodChoices defaults;

    /** The source documents that quotes must stand in, word for word; null when there are none to check against. */
    private final cn.tongcheng.facts.QuoteSource sources;

    public RuleTableReader(ProblemList problems) {
        this(problems, null);
    }

    public RuleTableReader(ProblemList problems, cn.tongcheng.facts.QuoteSource sources) {
        this.problems = problems;
        this.sources = sources;
        this.choices = new MethodChoiceReader(problems);
    }

    public RuleRows read(List<RuleTable> tables) {
        Method method = method(rows(tables, TableKind.METHOD));
        List<Dimension> dimensions = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.DIMENSIONS)) dimension(r).ifPresent(dimensions::add);
        dimensions = hierarchy(dimensions, rows(tables, TableKind.DIMENSIONS));
        List<String> dimensionIds = dimensions.stream().map(Dimension::id).toList();
        List<Indicator> indicators = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.INDICATORS)) {
            Optional<Indicator> ind = indicator(r, dimensionIds);
            ind.ifPresentOrElse(indicators::add, () -> refusedIndicators.add(r.get("id")));
        }
        method = withOverrides(method, indicators);
        List<Tier> tiers = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.TIERS)) tier(r).ifPresent(tiers::add);
        Catalogue catalogue = new Catalogue(dimensions, indicators, tiers, method);

        Map<String, Reason> reasons = new LinkedHashMap<>();
        for (TableRow r : rows(tables, TableKind.REASONS)) reason(r).ifPresent(x -> reasons.put(x.id(), x));
        Map<String, Indicator> byId = catalogue.indicatorsById();
        List<CriterionRow> criteria = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.CRITERIA)) criterion(r, byId, reasons).ifPresent(criteria::add);
        List<AdviceRow> advice = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.RECOMMENDATIONS)) advice(r, AdviceRow.Kind.RECOMMENDATION, byId).ifPresent(advice::add);
        for (TableRow r : rows(tables, TableKind.DIAGNOSES)) advice(r, AdviceRow.Kind.DIAGNOSIS, byId).ifPresent(advice::add);
        overlaps(criteria);
        Conventions conventions = new ConventionReader(this, problems).read(tables, byId, reasons);
        List<Practice> practices = new ArrayList<>();
        for (TableRow r : rows(tables, TableKind.PRACTICES)) practice(r, byId).ifPresent(practices::add);
        return new RuleRows(catalogue, List.copyOf(reasons.values()), criteria, advice, conventions, practices);
    }

    static List<TableRow> rows(List<RuleTable> tables, TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).flatMap(t -> t.rows().stream()).toList();
    }

    // --- catalogue ---

    private Optional<Dimension> dimension(TableRow r) {
        boolean ok = id(r, "id", "dimension") & required(r, "zh") & citation(r, false);
        Optional<Double> weight = positive(r, "weight");
        Optional<cn.tongcheng.method.Aggregation> aggregation = Optional.empty();
        if (r.has("aggregation")) {
            aggregation = choices.aggregation(r, "aggregation", ""); // reported at its cell; the dimension is kept
        }
        if (r.has("parent") && !SAFE.matcher(r.get("parent")).matches()) {
            problems.add(r.at("parent"), "parent", "rules.bad-id", r.get("parent"));
            ok = false;
        }
        if (!ok || weight.isEmpty()) return Optional.empty();
        return Optional.of(new Dimension(r.get("id"), r.get("zh"), r.get("en"), weight.get(), r.get("headings"),
                r.get("source"), r.get("quote"), r.at().toString(), r.get("parent"), aggregation));
    }

    /** Parents name other dimensions and make no cycle. */
    private List<Dimension> hierarchy(List<Dimension> dimensions, List<TableRow> rows) {
        Map<String, Dimension> byId = new LinkedHashMap<>();
        dimensions.forEach(d -> byId.put(d.id(), d));
        Map<String, TableRow> rowOf = new HashMap<>();
        rows.forEach(r -> rowOf.putIfAbsent(r.get("id"), r));
        List<Dimension> out = new ArrayList<>();
        for (Dimension d : dimensions) {
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            String up = d.id();
            boolean ok = true;
            while (!up.isEmpty()) {
                Dimension u = byId.get(up);
                if (u == null) {
                    if (seen.size() == 1) unknown(rowOf.get(d.id()), "parent", "catalogue.unknown-dimension", List.copyOf(byId.keySet()));
                    ok = false;
                    break;
                }
                if (!seen.add(up)) {
                    problems.add(rowOf.get(d.id()).at("parent"), "parent", "catalogue.dimension-cycle", String.join(" → ", seen) + " → " + up);
                    ok = false;
                    break;
                }
                up = u.parent();
            }
            // reported at its cell; kept under the index, so that its indicators are not reported again
            out.add(ok ? d : new Dimension(d.id(), d.nameZh(), d.nameEn(), d.weight(), d.headings(), d.source(), d.quote(),
                    d.origin(), "", d.aggregation()));
        }
        return out;
    }

    /** The per-indicator normalisations and denominators of the indicators table, added to the method. */
    private Method withOverrides(Method m, List<Indicator> indicators) {
        MethodChoices c = m.choices();
        Map<String, String> origin = new HashMap<>(c.origin());
        normalisationOf.keySet().forEach(id -> origin.put("indicator:" + id, originOf.get(id)));
        denominatorOf.keySet().forEach(id -> origin.put("denominator:" + id, originOf.get(id)));
        MethodChoices withOverrides = new MethodChoices(c.normalisation(), normalisationOf, c.comparison(), c.aggregation(),
                c.aggregationAtLevel(), c.imputation(), c.treatment(), c.availability(), c.threshold(),
                c.thresholdAtLevel(), c.ranking(), denominatorOf, origin, c.minPlaces());
        return new Method(m.metFrom(), m.partlyMetFrom(), m.minCoverage(), m.trendSteady(), m.sensitivitySpread(), withOverrides,
                m.sensitivity(), m.minRankedPlaces());
    }

    private Optional<Indicator> indicator(TableRow r, List<String> dimensions) {
        boolean ok = id(r, "id", "indicator") & required(r, "zh");
        if (!dimensions.contains(r.get("dimension"))) {
            unknown(r, "dimension", "catalogue.unknown-dimension", dimensions);
            ok = false;
        }
        Optional<IndicatorType> type = indicatorType(r.get("type"));
        if (type.isEmpty()) {
            problems.add(r.at("type"), "type", "catalogue.bad-type", r.get("type"));
            return Optional.empty();
        }
        String direction = r.get("direction").toLowerCase(Locale.ROOT);
        boolean lower = direction.equals("lower") || direction.equals("越低越好");
        if (!direction.isEmpty() && !lower && !direction.equals("higher") && !direction.equals("越高越好")) {
            problems.add(r.at("direction"), "direction", "catalogue.bad-direction", r.get("direction"));
            ok = false;
        }
        List<String> levels = r.has("levels") ? List.of(r.get("levels").split("\\s*[|｜]\\s*")) : List.of();
        if (type.get() == IndicatorType.LEVEL && levels.size() < 2) {
            problems.add(r.at("levels"), "levels", "catalogue.missing-levels", r.get("id"));
            ok = false;
        }
        String unit = r.get("unit");
        Optional<Double> min = number(r, "min");
        Optional<Double> max = number(r, "max");
        double lo = min.orElse(type.get() == IndicatorType.NUMBER ? 0 : Double.NaN);
        double hi = max.orElse("%".equals(unit) ? 100 : Double.NaN);
        if ((r.has("min") && min.isEmpty()) || (r.has("max") && max.isEmpty())) ok = false;
        if (lo > hi) {
            problems.add(r.at("max"), "max", "catalogue.reversed-range", Numbers.format(lo), Numbers.format(hi));
            ok = false;
        }
        ok &= citation(r, false);
        Optional<cn.tongcheng.facts.IndicatorRole> role = cn.tongcheng.facts.IndicatorRole.parse(r.get("role"));
        if (role.isEmpty()) {
            problems.add(r.at("role"), "role", "catalogue.bad-role", r.get("role"));
            ok = false;
        } else if (role.get() == cn.tongcheng.facts.IndicatorRole.MONITORING && (r.has("normalisation") || r.has("denominator"))) {
            String column = r.has("normalisation") ? "normalisation" : "denominator";
            problems.add(r.at(column), column, "catalogue.monitoring-not-scored", r.get("id"), column);
            ok = false;
        }
        if (r.has("normalisation")) {
            Optional<cn.tongcheng.method.Normalisation> n = choices.normalisation(r, "normalisation", lo, hi);
            ok &= n.isPresent();
            if (ok) normalisationOf.put(r.get("id"), n.get());
        }
        if (r.has("denominator")) {
            if (!SAFE.matcher(r.get("denominator")).matches() || r.get("denominator").equals(r.get("id"))) {
                problems.add(r.at("denominator"), "denominator", "rules.bad-id", r.get("denominator"));
                ok = false;
            } else if (ok) {
                denominatorOf.put(r.get("id"), r.get("denominator"));
            }
        }
        if (ok) originOf.put(r.get("id"), r.at().toString());
        if (!ok) return Optional.empty();
        return Optional.of(new Indicator(r.get("id"), r.get("zh"), r.get("en"), r.get("dimension"), type.get(), unit,
                !lower, levels, lo, hi, r.get("source"), r.get("quote"), r.at().toString(),
                r.has("definition") ? r.get("definition") : r.get("note"), role.get()));
    }

    private static Optional<IndicatorType> indicatorType(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "number", "数值" -> Optional.of(IndicatorType.NUMBER);
            case "yesno", "是否" -> Optional.of(IndicatorType.YESNO);
            case "level", "等级" -> Optional.of(IndicatorType.LEVEL);
            default -> Optional.empty();
        };
    }

    private Optional<Tier> tier(TableRow r) {
        boolean ok = id(r, "id", "tier") & required(r, "zh");
        Optional<Double> min = number(r, "min");
        if (min.isEmpty() && !r.has("min")) problems.add(r.at("min"), "min", "catalogue.missing-field", "min", r.get("id"));
        if (!ok || min.isEmpty()) return Optional.empty();
        return Optional.of(new Tier(r.get("id"), r.get("zh"), r.get("en"), min.get(), r.at().toString()));
    }

    private Method method(List<TableRow> rows) {
        Map<String, Double> params = new HashMap<>();
        Map<String, TableRow> rowOf = new HashMap<>();
        Map<String, TableRow> sensitivityRows = new java.util.LinkedHashMap<>();
        for (TableRow r : rows) {
            String name = r.get("parameter");
            if (!id(r, "parameter", "parameter")) continue;
            if (SensitivityChoiceReader.isParameter(name)) {
                if (!r.has("value")) problems.add(r.at("value"), "value", "catalogue.missing-field", "value", name);
                else sensitivityRows.put(name, r);
                continue;
            }
            if (MethodChoiceReader.isChoice(name)) {
                if (!r.has("value")) problems.add(r.at("value"), "value", "catalogue.missing-field", "value", name);
                else choices.add(r);
                continue;
            }
            if (!Method.PARAMETERS.contains(name) && !Method.OPTIONAL_PARAMETERS.contains(name)) {
                List<String> all = new ArrayList<>(Method.PARAMETERS);
                all.addAll(Method.OPTIONAL_PARAMETERS);
                all.addAll(MethodChoices.PARAMETERS);
                all.addAll(SensitivityChoices.PARAMETERS);
                unknown(r, "parameter", "catalogue.unknown-parameter", all);
                continue;
            }
            rowOf.put(name, r);
            if (!r.has("value")) problems.add(r.at("value"), "value", "catalogue.missing-field", "value", name);
            else number(r, "value").ifPresent(v -> params.put(name, v));
        }
        String table = rows.isEmpty() ? "rules" : rows.get(0).at().file();
        Method m = new Method(param(params, "band.met", table), param(params, "band.partly_met", table),
                param(params, "coverage.min", table), param(params, "trend.steady", table),
                param(params, "sensitivity.spread", table));
        inRange(m.metFrom() > 0, "band.met", m.metFrom(), "> 0", rowOf);
        inRange(Double.isNaN(m.metFrom()) || m.partlyMetFrom() >= 0 && m.partlyMetFrom() <= m.metFrom(), "band.partly_met", m.partlyMetFrom(),
                "0 – band.met", rowOf);
        inRange(m.minCoverage() >= 0 && m.minCoverage() <= 1, "coverage.min", m.minCoverage(), "0 – 1", rowOf);
        inRange(m.trendSteady() >= 0, "trend.steady", m.trendSteady(), "≥ 0", rowOf);
        inRange(m.sensitivitySpread() > 0 && m.sensitivitySpread() < 1, "sensitivity.spread", m.sensitivitySpread(),
                "> 0, < 1", rowOf);
        defaults = choices.read(m.minCoverage());
        SensitivityChoices sensitivity = new SensitivityChoiceReader(problems).read(sensitivityRows,
                SensitivityChoiceReader.start(defaults, m.sensitivitySpread(), choices.value("imputation.group")));
        return new Method(m.metFrom(), m.partlyMetFrom(), m.minCoverage(), m.trendSteady(), m.sensitivitySpread(), defaults,
                sensitivity, minRankedPlaces(params, rowOf));
    }

    /** {@code ranking.min_places}: a whole number of places, at least two (one place is no field to rank). */
    private int minRankedPlaces(Map<String, Double> params, Map<String, TableRow> rowOf) {
        Double v = params.get("ranking.min_places");
        if (v == null) return Method.DEFAULT_MIN_RANKED_PLACES;
        if (v != Math.rint(v) || v < Method.LEAST_MIN_RANKED_PLACES || v > 1_000_000) {
            problems.add(rowOf.get("ranking.min_places").at("value"), "value", "catalogue.bad-parameter", "ranking.min_places",
                    Numbers.format(v), "≥ " + Method.LEAST_MIN_RANKED_PLACES + ", " + Messages.ui("method.whole-number"));
            return Method.DEFAULT_MIN_RANKED_PLACES;
        }
        return v.intValue();
    }

    private double param(Map<String, Double> params, String name, String table) {
        Double v = params.get(name);
        if (v == null) {
            problems.add(table, 0, name, "catalogue.missing-parameter", name);
            return Double.NaN;
        }
        return v;
    }

    /** A parameter outside its range would silently turn the method upside down: say so, at its cell. */
    private void inRange(boolean ok, String name, double value, String range, Map<String, TableRow> rowOf) {
        if (ok || Double.isNaN(value)) return; // a missing parameter is reported already
        problems.add(rowOf.get(name).at("value"), "value", "catalogue.bad-parameter", name, Numbers.format(value), range);
    }

    private Optional<Reason> reason(TableRow r) {
        boolean ok = id(r, "id", "reason") & required(r, "zh");
        return ok ? Optional.of(new Reason(r.get("id"), new Text(r.get("zh"), r.get("en")), r.at().toString())) : Optional.empty();
    }

    // --- criteria ---

    private Optional<CriterionRow> criterion(TableRow r, Map<String, Indicator> indicators, Map<String, Reason> reasons) {
        boolean ok = id(r, "id", "criterion");
        Optional<AppliesTo> appliesTo = appliesTo(r);
        Optional<Integer> from = year(r, "from_year");
        Optional<Integer> to = year(r, "to_year");
        ok &= appliesTo.isPresent() && (!r.has("from_year") || from.isPresent()) && (!r.has("to_year") || to.isPresent());
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            problems.add(r.at("to_year"), "to_year", "criteria.reversed-years", from.get(), to.get());
            ok = false;
        }
        Indicator ind = indicators.get(r.get("indicator"));
        Optional<Value> target = Optional.empty();
        if (ind == null) {
            unknownIndicator(r, "indicator", r.get("indicator"), indicators);
            ok = false;
        } else if (ind.monitoring()) {
            problems.add(r.at("indicator"), "indicator", "criteria.monitoring-indicator", ind.id());
            ok = false;
        } else if (!r.has("target") && !MethodChoices.needsTarget(normalisationOf.getOrDefault(ind.id(), defaults.normalisation()))) {
            target = Optional.empty(); // the indicator's normalisation needs no target
        } else {
            // read as a fact's value is: full-width digits, 40% for a percentage (as Excel shows a percent cell)
            target = Optional.ofNullable(ValueParser.read(ind, r.get("target")).value());
            if (target.isEmpty()) {
                problems.add(r.at("target"), "target", "criteria.bad-target", r.get("target"), ind.id(), ValueParser.expected(ind));
                ok = false;
            } else if (target.get() instanceof Value.Number n && outside(ind, n.amount())) {
                problems.add(r.at("target"), "target", "criteria.target-out-of-range", r.get("target"), ind.id(),
                        range(ind));
                ok = false;
            }
        }
        Optional<Double> weight = ValueParser.number(r.get("weight")).filter(w -> w > 0);
        if (weight.isEmpty()) {
            problems.add(r.at("weight"), "weight", "criteria.bad-weight", r.get("weight"));
            ok = false;
        }
        Optional<RowBasis> basis = rowBasis(r, reasons, r.get("indicator"), "criteria");
        ok &= basis.isPresent();
        if (!ok) return Optional.empty();
        return Optional.of(new CriterionRow(r.get("id"), appliesTo.get(), from.orElse(null), to.orElse(null), ind.id(),
                target.orElse(null), weight.get(), basis.get().basis(), r.get("source"), r.get("quote"), basis.get().reason(),
                new cn.tongcheng.model.Text(r.get("reason_detail_zh"), r.get("reason_detail")),
                r.at().toString()));
    }

    /**
     * The basis of a row (criteria, and the conventions' rows): sourced, with a source and a quote that stands in it,
     * or a policy choice with a reason of the reasons table; {@code what} names the row in messages, whose codes
     * begin with {@code table} ({@code criteria.unsourced}, {@code grading.unsourced}).
     */
    Optional<RowBasis> rowBasis(TableRow r, Map<String, Reason> reasons, String what, String table) {
        String basis = basis(r.get("basis"));
        Reason reason = null;
        boolean ok = true;
        if (basis == null) {
            problems.add(r.at("basis"), "basis", "criteria.bad-basis", r.get("basis"));
            ok = false;
        } else if (basis.equals(CriterionRow.SOURCED) && r.has("reason") && !reasons.containsKey(r.get("reason"))) {
            unknown(r, "reason", "criteria.unknown-reason", List.copyOf(reasons.keySet()));
            ok = false;
        } else if (basis.equals(CriterionRow.SOURCED)) {
            if (!r.has("source") || !r.has("quote")) {
                problems.add(r.at(r.has("source") ? "quote" : "source"), r.has("source") ? "quote" : "source",
                        table + ".unsourced", what);
                ok = false;
            } else {
                ok &= quoted(r);
            }
        } else if (!r.has("reason")) {
            problems.add(r.at("reason"), "reason", table + ".no-reason", what);
            ok = false;
        } else {
            reason = reasons.get(r.get("reason"));
            if (reason == null) {
                unknown(r, "reason", "criteria.unknown-reason", List.copyOf(reasons.keySet()));
                ok = false;
            }
        }
        if (!ok) return Optional.empty();
        return Optional.of(new RowBasis(basis, r.get("source"), r.get("quote"), reason, r.get("reason_detail")));
    }

    private static boolean outside(Indicator ind, double v) {
        return (!Double.isNaN(ind.min()) && v < ind.min()) || (!Double.isNaN(ind.max()) && v > ind.max());
    }

    private static String range(Indicator ind) {
        return (Double.isNaN(ind.min()) ? "−∞" : Numbers.format(ind.min())) + " – "
                + (Double.isNaN(ind.max()) ? "∞" : Numbers.format(ind.max()));
    }

    private static String basis(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "sourced", "文件明确" -> CriterionRow.SOURCED;
            case "policy-choice", "政策选择" -> CriterionRow.POLICY_CHOICE;
            default -> null;
        };
    }

    /** {@code county/district}, {@code 县、区}, {@code pinghu}, {@code borders=shanghai}; empty for every place. */
    Optional<AppliesTo> appliesTo(TableRow r) {
        AppliesTo.Parse parse = AppliesTo.parse(r.get("applies_to"));
        for (String word : parse.refused()) {
            problems.add(r.at("applies_to"), "applies_to", "criteria.bad-applies-to", word, "");
        }
        return parse.refused().isEmpty() ? Optional.of(parse.appliesTo()) : Optional.empty();
    }

    Optional<Integer> year(TableRow r, String column) {
        if (!r.has(column)) return Optional.empty();
        String t = r.get(column);
        // as a fact's year is read: four digits, also full-width or followed by 年
        Optional<Integer> y = ValueParser.year(t, new ArrayList<>()).filter(v -> v >= 1900 && v <= 2100);
        if (y.isEmpty()) problems.add(r.at(column), column, "criteria.bad-year", t);
        return y;
    }

    /** Two rows that would both set the target of one indicator for the same place-year, for some place. */
    private void overlaps(List<CriterionRow> criteria) {
        Map<String, List<CriterionRow>> byIndicator = new LinkedHashMap<>();
        criteria.forEach(c -> byIndicator.computeIfAbsent(c.indicator(), k -> new ArrayList<>()).add(c));
        for (List<CriterionRow> rows : byIndicator.values()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < i; j++) {
                    CriterionRow a = rows.get(j), b = rows.get(i);
                    if (a.yearsOverlap(b) && PlaceOverlap.possible(a.appliesTo(), b.appliesTo())) {
                        problems.addAt(b.origin(), "applies_to", "criteria.rows-overlap", b.indicator(), a.origin());
                    }
                }
            }
        }
    }

    // --- recommendations and diagnoses ---

    private Optional<AdviceRow> advice(TableRow r, AdviceRow.Kind kind, Map<String, Indicator> indicators) {
        boolean ok = id(r, "id", kind.name().toLowerCase(Locale.ROOT)) & required(r, "zh") & citation(r, true);
        Optional<Trigger> when = Trigger.parse(r.get("when"));
        if (when.isEmpty()) {
            problems.add(r.at("when"), "when", "advice.bad-when", r.get("when"), Trigger.names());
            ok = false;
        }
        List<String> named = new ArrayList<>();
        for (String id : LIST_SEPARATOR.split(r.get("indicators").strip())) {
            if (id.isEmpty()) continue;
            if (!indicators.containsKey(id)) {
                unknownIndicator(r, "indicators", id, indicators);
                ok = false;
            } else if (indicators.get(id).monitoring()) {
                problems.add(r.at("indicators"), "indicators", "criteria.monitoring-indicator", id);
                ok = false;
            } else if (!named.contains(id)) {
                named.add(id);
            }
        }
        if (named.isEmpty() && ok) {
            problems.add(r.at("indicators"), "indicators", "advice.no-indicators", r.get("id"));
            ok = false;
        }
        if (!ok) return Optional.empty();
        return Optional.of(new AdviceRow(kind, r.get("id"), when.get(), named, new Text(r.get("zh"), r.get("en")),
                r.get("source"), r.get("quote"), r.at().toString()));
    }

    // --- practices ---

    /**
     * A docking practice: its indicators are yes/no or level indicators (a number cannot say done or not done); with
     * a level indicator, {@code done_from} names the lowest level that counts as done, a level of each of them.
     */
    private Optional<Practice> practice(TableRow r, Map<String, Indicator> indicators) {
        boolean ok = id(r, "id", "practice") & required(r, "zh") & citation(r, true);
        List<String> named = new ArrayList<>();
        List<Indicator> levelled = new ArrayList<>();
        for (String id : LIST_SEPARATOR.split(r.get("indicators").strip())) {
            if (id.isEmpty()) continue;
            Indicator ind = indicators.get(id);
            if (ind == null) {
                unknownIndicator(r, "indicators", id, indicators);
                ok = false;
            } else if (ind.type() == IndicatorType.NUMBER) {
                problems.add(r.at("indicators"), "indicators", "practice.number-indicator", id);
                ok = false;
            } else if (!named.contains(id)) {
                named.add(id);
                if (ind.type() == IndicatorType.LEVEL) levelled.add(ind);
            }
        }
        if (named.isEmpty() && ok) {
            problems.add(r.at("indicators"), "indicators", "advice.no-indicators", r.get("id"));
            ok = false;
        }
        String doneFrom = r.get("done_from");
        if (!levelled.isEmpty() && doneFrom.isEmpty()) {
            problems.add(r.at("done_from"), "done_from", "practice.missing-level", levelled.get(0).id(),
                    String.join(" | ", levelled.get(0).levels()));
            ok = false;
        }
        if (!doneFrom.isEmpty()) {
            if (levelled.isEmpty() && ok) {
                problems.add(r.at("done_from"), "done_from", "practice.level-without-levels", doneFrom);
                ok = false;
            }
            for (Indicator ind : levelled) {
                if (!ind.levels().contains(doneFrom)) {
                    problems.add(r.at("done_from"), "done_from", "practice.bad-level", doneFrom, ind.id(),
                            String.join(" | ", ind.levels()));
                    ok = false;
                }
            }
        }
        if (!ok) return Optional.empty();
        return Optional.of(new Practice(r.get("id"), new Text(r.get("zh"), r.get("en")), named, doneFrom,
                r.get("source"), r.get("quote"), r.at().toString()));
    }

    // --- cells ---

    /** A row id: present, well-formed, and unique in the rule base (rule names share one namespace). */
    boolean id(TableRow r, String column, String what) {
        String id = r.get(column);
        if (id.isEmpty()) {
            problems.add(r.at(column), column, "rules.missing-id", Messages.ui("rules.noun." + what));
            return false;
        }
        if (!SAFE.matcher(id).matches()) {
            problems.add(r.at(column), column, "rules.bad-id", id);
            return false;
        }
        String key = r.kind().name() + " " + id;
        if (r.kind() == TableKind.RECOMMENDATIONS || r.kind() == TableKind.DIAGNOSES || r.kind() == TableKind.CRITERIA) {
            key = "rule " + id;
        }
        Location before = ids.putIfAbsent(key, r.at(column));
        if (before != null) {
            problems.add(r.at(column), column, "catalogue.duplicate", Messages.ui("rules.noun." + what), id, before.row());
            return false;
        }
        return true;
    }

    boolean required(TableRow r, String column) {
        if (r.has(column)) return true;
        problems.add(r.at(column), column, "catalogue.missing-field", column, r.get("id"));
        return false;
    }

    /** A quote needs its source, and stands word for word in it; rows that must cite the documents need both. */
    boolean citation(TableRow r, boolean mandatory) {
        if (mandatory && !(required(r, "source") & required(r, "quote"))) return false;
        if (r.has("quote") && !r.has("source")) {
            problems.add(r.at("source"), "source", "rules.quote-without-source", r.get("id"));
            return false;
        }
        return !r.has("quote") || quoted(r);
    }

    private boolean quoted(TableRow r) {
        if (sources == null) return true;
        return switch (sources.verify(r.get("source"), r.get("quote"))) {
            case FOUND -> true;
            case NO_SUCH_DOCUMENT -> {
                problems.add(r.at("source"), "source", "fact.unknown-document", r.get("source"), String.join(", ", sources.ids()));
                yield false;
            }
            case NOT_FOUND -> {
                String hint = sources.foundIn(r.get("quote")).map(id -> Messages.ui("fact.quote-found-in", id)).orElse("");
                problems.add(r.at("quote"), "quote", "fact.quote-not-in-source", r.get("source"), hint);
                yield false;
            }
        };
    }

    Optional<Double> number(TableRow r, String column) {
        if (!r.has(column)) return Optional.empty();
        Optional<Double> v = ValueParser.number(r.get(column));
        if (v.isEmpty()) problems.add(r.at(column), column, "catalogue.bad-number", r.get(column), column);
        return v;
    }

    private Optional<Double> positive(TableRow r, String column) {
        if (!r.has(column)) {
            problems.add(r.at(column), column, "catalogue.missing-field", column, r.get("id"));
            return Optional.empty();
        }
        Optional<Double> v = number(r, column);
        if (v.isPresent() && v.get() <= 0) {
            problems.add(r.at(column), column, "criteria.bad-weight", r.get(column));
            return Optional.empty();
        }
        return v;
    }

    void unknown(TableRow r, String column, String code, List<String> known) {
        String hint = Suggestions.nearest(r.get(column), known).map(n -> Messages.ui("check.did-you-mean", n)).orElse("");
        problems.add(r.at(column), column, code, r.get(column), known.size() <= 12 ? known : "", hint);
    }

    /** An unknown indicator id; the suggestion also finds the id of an indicator named by its Chinese name. */
    void unknownIndicator(TableRow r, String column, String id, Map<String, Indicator> indicators) {
        if (refusedIndicators.contains(id)) return;
        Optional<String> byName = indicators.values().stream().filter(i -> i.nameZh().equals(id) || i.nameEn().equalsIgnoreCase(id))
                .map(Indicator::id).findFirst();
        String hint = byName.or(() -> Suggestions.nearest(id, indicators.keySet()))
                .map(n -> Messages.ui("check.did-you-mean", n)).orElse("");
        problems.add(r.at(column), column, "criteria.unknown-indicator", id, hint);
    }
}
