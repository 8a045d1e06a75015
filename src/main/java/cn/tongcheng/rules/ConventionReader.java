package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.model.Keyword;
import cn.tongcheng.model.Text;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.Suggestions;
import cn.tongcheng.rules.GradingParameters.QuotaRounding;
import cn.tongcheng.rules.GradingParameters.QuotaGroup;
import cn.tongcheng.rules.GradingParameters.QuotaTies;
import cn.tongcheng.rules.ItemCondition.Comparison;
import cn.tongcheng.rules.table.RuleTable;
import cn.tongcheng.rules.table.TableKind;
import cn.tongcheng.rules.table.TableRow;

/**
 * Reads the tables of the annual assessment's conventions ({@code rules/grading/}: 考核办法, 等次, 加分项, 扣分项,
 * 一票否决) into {@link Conventions}, every cell checked at its file, row and column: grades best first with
 * thresholds that fall, quotas between 0 and 100 %, items on known indicators with a condition of the indicator's
 * type, and what the items and quotas need stated (a bonus cap, a rounding and a tie rule).
 */
final class ConventionReader {
    static final String BASE = "base";
    static final String BONUS_CAP = "bonus.cap";
    static final String DEDUCTION_CAP = "deduction.cap";
    static final String FLOOR = "score.floor";
    static final String ROUNDING = "quota.rounding";
    static final String TIES = "quota.ties";
    static final String GROUP = "quota.group";
    static final List<String> PARAMETERS = List.of(BASE, BONUS_CAP, DEDUCTION_CAP, FLOOR, ROUNDING, TIES, GROUP);

    /** {@code ≥ 3}, {@code >=3}, {@code = 是}, {@code 全面}: a comparison (none is "equal") and a value. */
    private static final Pattern COMPARISON = Pattern.compile("^(>=|≥|＞=|>|＞|<=|≤|＜=|<|＜|==|=|＝)?[\\s\u3000]*(.+)$");

    private final RuleTableReader cells;
    private final ProblemList problems;

    ConventionReader(RuleTableReader cells, ProblemList problems) {
        this.cells = cells;
        this.problems = problems;
    }

    Conventions read(List<RuleTable> tables, Map<String, Indicator> indicators, Map<String, Reason> reasons) {
        List<TableRow> parameterRows = RuleTableReader.rows(tables, TableKind.GRADING);
        Map<String, TableRow> given = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (TableRow r : parameterRows) {
            if (!cells.id(r, "parameter", "grading-parameter")) continue;
            if (!PARAMETERS.contains(r.get("parameter"))) {
                unknown(r, "parameter", "grading.unknown-parameter", PARAMETERS);
                continue;
            }
            cells.rowBasis(r, reasons, r.get("parameter"), "grading");
            if (cells.required(r, "value")) given.put(r.get("parameter"), r);
            origins.put(r.get("parameter"), r.at().toString());
        }
        Double floor = given.containsKey(FLOOR) ? cells.number(given.get(FLOOR), "value").orElse(null) : null;
        List<Grade> grades = grades(RuleTableReader.rows(tables, TableKind.GRADES), reasons, floor);
        GradesTable gradesTable = new GradesTable(tables.stream().filter(t -> t.kind() == TableKind.GRADES).toList(), grades);
        List<ConventionItem> items = new ArrayList<>();
        items(RuleTableReader.rows(tables, TableKind.BONUS), ConventionItem.Kind.BONUS, indicators, reasons, gradesTable, items);
        items(RuleTableReader.rows(tables, TableKind.DEDUCTIONS), ConventionItem.Kind.DEDUCTION, indicators, reasons, gradesTable, items);
        items(RuleTableReader.rows(tables, TableKind.VETOES), ConventionItem.Kind.VETO, indicators, reasons, gradesTable, items);

        String where = !parameterRows.isEmpty() ? parameterRows.get(0).at().file()
                : tables.stream().filter(t -> t.kind() == TableKind.GRADES || t.kind() == TableKind.BONUS
                        || t.kind() == TableKind.DEDUCTIONS || t.kind() == TableKind.VETOES).map(RuleTable::file)
                        .findFirst().orElse("rules/grading");
        boolean defined = !grades.isEmpty() || !items.isEmpty();
        boolean quotas = grades.stream().anyMatch(g -> g.quota() != null);
        boolean bonuses = items.stream().anyMatch(i -> i.kind() == ConventionItem.Kind.BONUS);
        if (defined) needs(given, BASE, where);
        if (bonuses) needs(given, BONUS_CAP, where);
        if (quotas) {
            needs(given, ROUNDING, where);
            needs(given, TIES, where);
        }
        GradingParameters parameters = new GradingParameters(base(given.get(BASE)), nonNegative(given.get(BONUS_CAP)),
                nonNegative(given.get(DEDUCTION_CAP)), floor, choice(given.get(ROUNDING), QuotaRounding.values()),
                choice(given.get(TIES), QuotaTies.values()),
                Optional.ofNullable(choice(given.get(GROUP), QuotaGroup.values())).orElse(QuotaGroup.ALL), origins);
        return new Conventions(parameters, grades, items);
    }

    private void needs(Map<String, TableRow> given, String parameter, String where) {
        if (!given.containsKey(parameter)) problems.add(where, 0, "parameter", "grading.missing-parameter", parameter);
    }

    // --- grades ---

    /**
     * The grades best first. A veto names a grade by its id or its Chinese name and the report names the grades a
     * unit moves between, so no id or name may be another grade's. Every {@code min} but the lowest grade's is above
     * 0 and above the floor: one at or below it is reached by every unit, and the grades below it by none.
     */
    private List<Grade> grades(List<TableRow> rows, Map<String, Reason> reasons, Double floor) {
        List<Grade> out = new ArrayList<>();
        Double above = null;
        String aboveName = "";
        Map<String, TableRow> ids = new HashMap<>();
        Map<String, TableRow> zhs = new HashMap<>();
        Map<String, TableRow> ens = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            boolean lowest = i == rows.size() - 1;
            boolean ok = cells.id(r, "id", "grade") & cells.required(r, "zh");
            // a veto writes an id or a zh name: neither may be another grade's (ids against ids: cells.id)
            ok &= unique(r, "zh", r.get("zh"), zhs, ids) & unique(r, "id", r.get("id"), zhs)
                    & unique(r, "en", r.get("en").toLowerCase(Locale.ROOT), ens);
            ids.putIfAbsent(r.get("id"), r);
            zhs.putIfAbsent(r.get("zh"), r);
            ens.putIfAbsent(r.get("en").toLowerCase(Locale.ROOT), r);
            Optional<Double> min = cells.number(r, "min");
            if (r.has("min") && min.isEmpty()) ok = false;
            if (!lowest && !r.has("min")) {
                problems.add(r.at("min"), "min", "grading.missing-min", r.get("id"));
                ok = false;
            }
            if (!lowest && min.isPresent() && min.get() <= 0) {
                problems.add(r.at("min"), "min", "grading.min-not-positive", Numbers.format(min.get()), r.get("id"));
                ok = false;
            } else if (!lowest && min.isPresent() && floor != null && min.get() <= floor) {
                problems.add(r.at("min"), "min", "grading.min-at-floor", Numbers.format(min.get()), r.get("id"),
                        Numbers.format(floor));
                ok = false;
            }
            if (lowest && min.isPresent() && min.get() != 0) {
                problems.add(r.at("min"), "min", "grading.lowest-min", r.get("id"), Numbers.format(min.get()));
                ok = false;
            }
            if (min.isPresent() && above != null && min.get() >= above) {
                problems.add(r.at("min"), "min", "grading.grades-out-of-order", Numbers.format(min.get()), aboveName,
                        Numbers.format(above));
                ok = false;
            }
            if (min.isPresent()) {
                above = min.get();
                aboveName = r.get("id");
            }
            Optional<Double> quota = quota(r);
            if (r.has("quota") && quota.isEmpty()) ok = false;
            if (lowest && quota.isPresent()) {
                problems.add(r.at("quota"), "quota", "grading.quota-on-lowest", r.get("id"));
                ok = false;
            }
            Optional<RowBasis> basis = cells.rowBasis(r, reasons, r.get("id"), "grading");
            if (!ok || basis.isEmpty()) continue;
            out.add(new Grade(r.get("id"), new Text(r.get("zh"), r.get("en")), lowest ? null : min.orElse(null),
                    quota.orElse(null), basis.get(), r.at().toString()));
        }
        return out;
    }

    /** Whether the cell names no grade above it ({@code key} in none of {@code above}); else says which. */
    @SafeVarargs
    private boolean unique(TableRow r, String column, String key, Map<String, TableRow>... above) {
        if (key.isEmpty()) return true;
        for (Map<String, TableRow> names : above) {
            TableRow before = names.get(key);
            if (before == null) continue;
            problems.add(r.at(column), column, "grading.duplicate-grade-name", r.get(column), before.get("id"), before.at());
            return false;
        }
        return true;
    }

    /** {@code 30%}, {@code 30 %} or {@code 30}: a share of the units, 0–100 %; {@code 0.3} would be a guess. */
    private Optional<Double> quota(TableRow r) {
        if (!r.has("quota")) return Optional.empty();
        String t = r.get("quota").strip();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        if (percent) t = t.substring(0, t.length() - 1).strip();
        Optional<Double> v = ValueParser.number(t);
        if (v.isEmpty()) {
            problems.add(r.at("quota"), "quota", "grading.bad-quota", r.get("quota"));
            return Optional.empty();
        }
        if (v.get() < 0 || v.get() > 100) {
            problems.add(r.at("quota"), "quota", "grading.quota-out-of-range", r.get("quota"));
            return Optional.empty();
        }
        if (!percent && v.get() > 0 && v.get() < 1) {
            problems.add(r.at("quota"), "quota", "grading.quota-fraction", r.get("quota"), Numbers.format(v.get() * 100));
            return Optional.empty();
        }
        return Optional.of(v.get() / 100);
    }

    /** The grades tables as read (none when the rule base has no grades table) and their well-formed grades. */
    private record GradesTable(List<RuleTable> tables, List<Grade> grades) {
        /** Whether a row of the tables, well formed or not, has this id or Chinese name. */
        boolean writtenIn(String name) {
            return tables.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.get("id").equals(name) || r.get("zh").equals(name));
        }

        /** Where a grades table beside this row's table would be read: {@code grades.csv}, or a sheet of its workbook. */
        static String expectedBeside(TableRow r) {
            String file = r.at().file();
            int sheet = file.indexOf('!');
            if (sheet >= 0) return file.substring(0, sheet) + "!" + TableKind.GRADES.zh();
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')); // a Windows path too
            return (slash < 0 ? "" : file.substring(0, slash + 1)) + TableKind.GRADES.id() + ".csv";
        }
    }

    // --- items ---

    private void items(List<TableRow> rows, ConventionItem.Kind kind, Map<String, Indicator> indicators,
                       Map<String, Reason> reasons, GradesTable grades, List<ConventionItem> out) {
        for (TableRow r : rows) {
            boolean ok = cells.id(r, "id", kind.id()) & cells.required(r, "zh");
            Optional<AppliesTo> appliesTo = cells.appliesTo(r);
            Optional<Integer> from = cells.year(r, "from_year");
            Optional<Integer> to = cells.year(r, "to_year");
            ok &= appliesTo.isPresent() && (!r.has("from_year") || from.isPresent()) && (!r.has("to_year") || to.isPresent());
            if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
                problems.add(r.at("to_year"), "to_year", "criteria.reversed-years", from.get(), to.get());
                ok = false;
            }
            Indicator ind = indicators.get(r.get("indicator"));
            Optional<ItemCondition> when = Optional.empty();
            if (ind == null) {
                cells.unknownIndicator(r, "indicator", r.get("indicator"), indicators);
                ok = false;
            } else {
                when = condition(r, ind);
                ok &= when.isPresent();
            }
            double points = 0;
            String capGrade = null;
            if (kind == ConventionItem.Kind.VETO) {
                Optional<Grade> g = grades.grades().stream()
                        .filter(gr -> gr.id().equals(r.get("grade")) || gr.name().zh().equals(r.get("grade"))).findFirst();
                if (g.isEmpty() && grades.tables().isEmpty()) {
                    problems.add(r.at("grade"), "grade", "grading.no-grades-table", r.get("grade"), GradesTable.expectedBeside(r));
                    ok = false;
                } else if (g.isEmpty() && grades.tables().stream().allMatch(t -> t.rows().isEmpty())) {
                    problems.add(r.at("grade"), "grade", "grading.empty-grades-table", r.get("grade"), grades.tables().get(0).file());
                    ok = false;
                } else if (g.isEmpty()) {
                    // a grade whose row was refused is reported there, not again as unknown here
                    if (!grades.writtenIn(r.get("grade"))) {
                        unknown(r, "grade", "grading.unknown-grade", grades.grades().stream().map(Grade::id).toList());
                    }
                    ok = false;
                } else {
                    capGrade = g.get().id();
                }
            } else {
                Optional<Double> p = ValueParser.number(r.get("points")).filter(v -> v > 0);
                if (p.isEmpty()) {
                    problems.add(r.at("points"), "points", "grading.bad-points", r.get("points"));
                    ok = false;
                } else {
                    points = p.get();
                }
            }
            Optional<RowBasis> basis = cells.rowBasis(r, reasons, r.get("id"), "grading");
            if (!ok || basis.isEmpty()) continue;
            out.add(new ConventionItem(kind, r.get("id"), new Text(r.get("zh"), r.get("en")), appliesTo.get(),
                    from.orElse(null), to.orElse(null), ind.id(), when.get(), points, capGrade, basis.get(), r.at().toString()));
        }
    }

    /** A status of the score ({@code gap}, {@code 达标}) or a comparison with a value of the indicator's type. */
    private Optional<ItemCondition> condition(TableRow r, Indicator ind) {
        String text = r.get("when").strip();
        Optional<Trigger> trigger = Trigger.parse(text);
        if (trigger.isPresent()) return Optional.of(new ItemCondition.OnScore(trigger.get()));
        Matcher m = COMPARISON.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            problems.add(r.at("when"), "when", "grading.bad-when", text, ind.id(), ValueParser.expected(ind), Trigger.names());
            return Optional.empty();
        }
        Comparison comparison = comparison(m.group(1));
        Value value = ValueParser.read(ind, m.group(2)).value();
        if (value == null) {
            problems.add(r.at("when"), "when", "grading.bad-when", text, ind.id(), ValueParser.expected(ind), Trigger.names());
            return Optional.empty();
        }
        if (ind.type() == IndicatorType.YESNO && comparison != Comparison.EQUAL) {
            problems.add(r.at("when"), "when", "grading.order-on-yesno", text, ind.id());
            return Optional.empty();
        }
        return Optional.of(new ItemCondition.OnValue(comparison, value));
    }

    private static Comparison comparison(String op) {
        if (op == null) return Comparison.EQUAL;
        return switch (op) {
            case ">=", "≥", "＞=" -> Comparison.AT_LEAST;
            case ">", "＞" -> Comparison.MORE;
            case "<=", "≤", "＜=" -> Comparison.AT_MOST;
            case "<", "＜" -> Comparison.LESS;
            default -> Comparison.EQUAL;
        };
    }

    // --- parameter values ---

    /** {@code index} (综合指数): the unit's index is its base score (null); or a fixed number of points. */
    private Double base(TableRow r) {
        if (r == null) return null;
        String t = r.get("value").strip().toLowerCase(Locale.ROOT);
        if (t.equals("index") || t.equals("综合指数")) return null;
        Optional<Double> v = ValueParser.number(t).filter(x -> x >= 0);
        if (v.isEmpty()) problems.add(r.at("value"), "value", "grading.bad-base", r.get("value"));
        return v.orElse(null);
    }

    private Double nonNegative(TableRow r) {
        if (r == null) return null;
        Optional<Double> v = ValueParser.number(r.get("value")).filter(x -> x >= 0);
        if (v.isEmpty()) problems.add(r.at("value"), "value", "grading.bad-cap", r.get("value"), r.get("parameter"));
        return v.orElse(null);
    }

    /** The value of a parameter written by its id or Chinese name; null when not given or (reported) none of them. */
    private <E extends Enum<E> & Keyword> E choice(TableRow r, E[] values) {
        if (r == null) return null;
        Optional<E> e = Keyword.parse(values, r.get("value"));
        if (e.isEmpty()) {
            problems.add(r.at("value"), "value", "grading.bad-choice", r.get("value"), r.get("parameter"), Keyword.listed(values));
        }
        return e.orElse(null);
    }

    private void unknown(TableRow r, String column, String code, List<String> known) {
        String hint = Suggestions.nearest(r.get(column), known).map(n -> Messages.ui("check.did-you-mean", n)).orElse("");
        problems.add(r.at(column), column, code, r.get(column), String.join(", ", known), hint);
    }
}
