package cn.tongcheng.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Uncertainty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The sensitivity analysis of {@code tongcheng sensitivity} in four forms from one set of results: Markdown text
 * in the report's language, JSON (language-independent, with what was varied so that the run can be repeated),
 * a tidy CSV (one row per place and per choice) and a self-contained HTML page with COINr's two charts.
 */
public final class SensitivityReport {
    public static final String FORMAT = "tongcheng-sensitivity/1";
    static final List<String> CSV_COLUMNS = List.of("year", "node", "record", "code", "name", "nominal_rank", "mean_rank",
            "median_rank", "p5_rank", "p95_rank", "ranked", "first_order", "first_order_p5", "first_order_p95", "total",
            "total_p5", "total_p95", "mean_rank_shift_alone", "alternatives", "note");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("sensitivity.html.mustache");

    private final Assessment assessment;
    private final List<Sensitivity.Result> results;
    private final Messages m;
    private final boolean zh;

    public SensitivityReport(Assessment assessment, List<Sensitivity.Result> results, Language language) {
        this.assessment = assessment;
        this.results = List.copyOf(results);
        this.m = Messages.of(language);
        this.zh = m.isChinese();
    }

    /** The words of each choice, by its name in the results. */
    static Map<Uncertainty.Choice, String> choiceWords(Messages m) {
        Map<Uncertainty.Choice, String> out = new EnumMap<>(Uncertainty.Choice.class);
        for (Uncertainty.Choice c : Uncertainty.Choice.values()) out.put(c, m.get(c.messageKey()));
        return out;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (Sensitivity.Result r : results) {
            Map<String, String> names = SensitivityText.names(assessment, r.year(), zh);
            out.append("## ").append(m.get("sens.title", r.year())).append("\n\n");
            out.append(MarkdownText.escape(SensitivityText.method(r, assessment, m))).append("\n\n");
            if (!r.analysed()) continue;
            out.append(m.get("sens.varied")).append("\n\n");
            for (SensitivityText.Varied v : SensitivityText.varied(r.choices(), m))
                out.append("- ").append(v.label()).append(zh ? "：" : ": ").append(MarkdownText.escape(String.join(" | ", v.alternatives()))).append("\n");
            out.append("\n");
            if (r.places().isEmpty()) {
                out.append(m.get("sens.none")).append("\n\n");
                continue;
            }
            out.append("| ").append(m.get("col.place")).append(" | ").append(m.get("sens.base")).append(" | ")
                    .append(m.get("sens.median")).append(" | ").append(m.get("sens.mean")).append(" | 5–95 % |\n");
            out.append("|---|---:|---:|---:|---|\n");
            for (Sensitivity.RankSpread s : r.places()) {
                out.append("| ").append(MarkdownText.escape(names.getOrDefault(s.place(), s.place()))).append(" | ").append(s.nominal())
                        .append(" | ").append(SensitivityText.rank(s.medianRank())).append(" | ").append(SensitivityText.rank(s.mean()))
                        .append(" | ").append(SensitivityText.rank(s.p5())).append("–").append(SensitivityText.rank(s.p95())).append(" |\n");
            }
            out.append("\n### ").append(m.get("sens.influences.title")).append("\n\n");
            out.append(r.design() == MethodSensitivity.Design.SENSITIVITY ? m.get("sens.influences.note", r.choices().bootstrap())
                    : m.get("sens.no-indices")).append("\n\n");
            out.append("| ").append(m.get("sens.col.choice")).append(" | ").append(m.get("sens.col.first")).append(" | ")
                    .append(m.get("sens.col.total")).append(" | ").append(m.get("sens.col.alone")).append(" |\n");
            out.append("|---|---:|---:|---:|\n");
            for (MethodSensitivity.Influence i : r.influences()) {
                out.append("| ").append(m.get(i.choice().messageKey())).append(" | ")
                        .append(SensitivityText.index(i.firstOrder())).append(" | ")
                        .append(SensitivityText.index(i.total())).append(" | ")
                        .append(Numbers.format(Numbers.round(i.meanRankShiftAlone(), 2))).append(" |\n");
            }
            out.append("\n").append(SensitivityText.strongest(r, m)).append("\n\n");
            for (String sentence : sentences(r, names)) out.append(MarkdownText.escape(sentence)).append("\n\n");
        }
        return out.toString();
    }

    List<String> sentences(Sensitivity.Result r, Map<String, String> names) {
        return SensitivityText.sentences(r, names, m);
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("rulesHash", assessment.rulesHash());
        root.put("factsHash", assessment.factsHash());
        ArrayNode years = root.putArray("years");
        Messages en = Messages.of(Language.EN);
        for (Sensitivity.Result r : results) {
            ObjectNode y = JSON.valueToTree(r);
            if (!r.analysed()) {
                ObjectNode why = y.putObject("notAnalysed");
                why.put("zh", SensitivityText.notAnalysed(r, Messages.of(Language.ZH)));
                why.put("en", SensitivityText.notAnalysed(r, en));
            }
            y.set("varied", JSON.valueToTree(SensitivityText.varied(r.choices(), en).stream()
                    .map(v -> Map.of("choice", v.choice().word(), "alternatives", v.alternatives())).toList()));
            y.set("choices", MethodJson.sensitivity(r.choices()));
            years.add(y);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with BOM, as the assessment's CSV, so that Excel reads the Chinese names. */
    public String csv() {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (SequenceWriter w = new CsvMapper().writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out)) {
            for (Sensitivity.Result r : results) {
                Map<String, String> names = SensitivityText.names(assessment, r.year(), zh);
                if (!r.analysed()) {
                    String[] row = new String[CSV_COLUMNS.size()];
                    java.util.Arrays.fill(row, "");
                    row[0] = String.valueOf(r.year());
                    row[1] = r.node();
                    row[2] = "not-analysed";
                    row[row.length - 1] = SensitivityText.notAnalysed(r, m);
                    w.write(row);
                    continue;
                }
                for (Sensitivity.RankSpread s : r.places()) {
                    w.write(new String[] {String.valueOf(r.year()), r.node(), "place", s.place(), names.getOrDefault(s.place(), s.place()),
                            String.valueOf(s.nominal()), num(s.mean()), num(s.medianRank()), num(s.p5()), num(s.p95()),
                            String.valueOf(s.ranked()), "", "", "", "", "", "", "", "", ""});
                }
                Map<Uncertainty.Choice, List<String>> alternatives = new EnumMap<>(Uncertainty.Choice.class);
                SensitivityText.varied(r.choices(), Messages.of(Language.EN)).forEach(v -> alternatives.put(v.choice(), v.alternatives()));
                for (MethodSensitivity.Influence i : r.influences()) {
                    Optional<MethodSensitivity.Estimate> first = i.firstOrder();
                    Optional<MethodSensitivity.Estimate> total = i.total();
                    w.write(new String[] {String.valueOf(r.year()), r.node(), "choice", i.choice().word(), m.get(i.choice().messageKey()),
                            "", "", "", "", "", "", num(first.map(e -> e.value())), num(first.flatMap(e -> boxed(e.low()))),
                            num(first.flatMap(e -> boxed(e.high()))), num(total.map(e -> e.value())),
                            num(total.flatMap(e -> boxed(e.low()))), num(total.flatMap(e -> boxed(e.high()))),
                            num(Optional.of(i.meanRankShiftAlone())),
                            String.join(" | ", alternatives.getOrDefault(i.choice(), List.of())), ""});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String num(Optional<Double> d) {
        return d.map(Numbers::format).orElse("");
    }

    private static String num(double d) {
        return Numbers.format(d);
    }

    private static Optional<Double> boxed(java.util.OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }

    /** One page per run: per year the method, the rank chart and table, the index bars and table. */
    public String html() {
        List<Map<String, Object>> years = new ArrayList<>();
        Map<Uncertainty.Choice, String> words = choiceWords(m);
        for (Sensitivity.Result r : results) {
            Map<String, String> names = SensitivityText.names(assessment, r.year(), zh);
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("title", m.get("sens.title", r.year()));
            y.put("method", SensitivityText.method(r, assessment, m));
            y.put("analysed", r.analysed());
            y.put("varied", SensitivityText.varied(r.choices(), m).stream()
                    .map(v -> Map.of("label", v.label(), "alternatives", String.join(" | ", v.alternatives()))).toList());
            y.put("none", r.analysed() && r.places().isEmpty() ? m.get("sens.none") : null);
            y.put("hasPlaces", !r.places().isEmpty());
            y.put("chart", r.places().isEmpty() ? null : SensitivityChart.of(r, names, sentences(r, names), m.get("sens.median"), words));
            y.put("places", r.places().stream().map(s -> Map.of("name", names.getOrDefault(s.place(), s.place()),
                    "nominal", s.nominal(), "median", SensitivityText.rank(s.medianRank()), "mean", SensitivityText.rank(s.mean()),
                    "interval", SensitivityText.rank(s.p5()) + "–" + SensitivityText.rank(s.p95()))).toList());
            y.put("note", r.design() == MethodSensitivity.Design.SENSITIVITY ? m.get("sens.influences.note", r.choices().bootstrap())
                    : m.get("sens.no-indices"));
            y.put("influences", r.influences().stream().map(i -> Map.of("choice", words.get(i.choice()),
                    "first", SensitivityText.index(i.firstOrder()),
                    "total", SensitivityText.index(i.total()),
                    "alone", Numbers.format(Numbers.round(i.meanRankShiftAlone(), 2)))).toList());
            y.put("strongest", SensitivityText.strongest(r, m));
            years.add(y);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", zh ? "zh-CN" : "en");
        page.put("title", m.get("sens.page.title"));
        page.put("years", years);
        page.put("hashes", m.get("report.hashes.plain", assessment.rulesHash(), assessment.factsHash()));
        Map<String, String> t = new LinkedHashMap<>();
        for (String k : List.of("sens.chart", "sens.chart.influence", "sens.varied", "sens.influences.title", "sens.base",
                "sens.median", "sens.mean", "sens.col.choice", "sens.col.first", "sens.col.total", "sens.col.alone", "col.place"))
            t.put(k.replace('.', '_'), m.get(k));
        page.put("t", t);
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, page);
        return out.toString();
    }
}
