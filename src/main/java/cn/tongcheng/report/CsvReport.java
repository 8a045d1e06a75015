package cn.tongcheng.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.explain.StageText;
import cn.tongcheng.method.Basis;
import cn.tongcheng.method.IndexResult;
import cn.tongcheng.method.NoScoreReason;
import cn.tongcheng.method.Node;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.method.Stage;
import cn.tongcheng.method.StageValue;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A tidy table for R, Python or Excel: one row per place, year and node (indicator, dimension at any depth,
 * index), scores unrounded. {@code value} is the raw value as the method used it (yes 1, no 0, a level by its
 * position from 0), {@code treated} the value after denominating, imputing and outlier treatment, {@code basis}
 * what decided the score (the method's words); {@code basis_kind}, {@code basis_zh} and {@code basis_en} what an
 * indicator's score is measured against in words ({@link ScoreBasis}); the index row has the place's count of
 * unreported indicators of those that apply. A year whose field is too small to rank has no ranks. A node not
 * assessed for a place has no row. A monitoring-only indicator's figure is a row of kind {@code monitoring}: its
 * value, no score. UTF-8 with a byte-order mark, so that
 * Excel opens it as UTF-8.
 */
public final class CsvReport implements ReportWriter {
    static final List<String> COLUMNS = List.of("place", "year", "level", "kind", "code", "value", "treated", "target",
            "score", "rank", "imputed", "status", "basis", "basis_kind", "basis_zh", "basis_en", "unreported", "applicable");
    private static final CsvMapper MAPPER = new CsvMapper();

    @Override
    public byte[] write(ReportView view) {
        Assessment assessment = view.assessment();
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        ScoreBasis zh = new ScoreBasis(assessment, cn.tongcheng.i18n.Messages.of(cn.tongcheng.i18n.Language.ZH));
        ScoreBasis en = new ScoreBasis(assessment, cn.tongcheng.i18n.Messages.of(cn.tongcheng.i18n.Language.EN));
        try (SequenceWriter w = MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out)) {
            for (PlaceAssessment p : assessment.places()) {
                Optional<IndexResult> r = assessment.result(p.year());
                if (r.isEmpty()) continue;
                boolean ranked = assessment.rankingOf(p.year()).map(cn.tongcheng.assessment.RankingField::ranked).orElse(true);
                Map<String, IndicatorScore> scores = new HashMap<>();
                p.indicators().forEach(s -> scores.put(s.getIndicator(), s));
                for (Node node : r.get().structure().nodes()) {
                    NodeResult n = r.get().result(p.place().id(), node.code());
                    if (n.noScoreReason().filter(x -> x == NoScoreReason.NOT_ASSESSED).isPresent()) continue;
                    String[] row = row(p, node, n, scores.get(node.code()));
                    if (!ranked) row[9] = "";
                    w.write(extended(row, p, node, scores.get(node.code()), zh, en));
                }
                for (cn.tongcheng.assessment.MonitoredValue m : assessment.monitoringOf(p.year())) {
                    // a scored indicator's figure without a score has its row above, with the reason as its basis
                    if (m.place().equals(p.place().id()) && m.monitoring()) w.write(monitoring(m, assessment.catalogue().indicatorsById().get(m.indicator())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String[] row(PlaceAssessment p, Node node, NodeResult n, IndicatorScore s) {
        String kind = node.isIndicator() ? "indicator" : node.code().equals(YearIndex.ROOT) ? "index" : "dimension";
        boolean imputed = n.stage(Stage.IMPUTED).map(v -> v.basis() instanceof Basis.Imputed).orElse(false);
        return new String[] {p.place().id(), String.valueOf(p.year()), String.valueOf(n.level()), kind, node.code(),
                stage(n, Stage.RAW), stage(n, Stage.TREATED), target(n), number(n.score()),
                n.rank().isPresent() ? String.valueOf(n.rank().getAsInt()) : "", imputed ? "yes" : "",
                s == null ? "" : s.getStatus().name().toLowerCase(Locale.ROOT), StageText.of(n)};
    }

    /** A monitoring indicator's figure: kind {@code monitoring}, a value and no score, rank or status. */
    private static String[] monitoring(cn.tongcheng.assessment.MonitoredValue m, cn.tongcheng.facts.Indicator ind) {
        cn.tongcheng.facts.Value v = m.fact().value();
        double value = v instanceof cn.tongcheng.facts.Value.Number x ? x.amount()
                : v instanceof cn.tongcheng.facts.Value.YesNo y ? (y.yes() ? 1 : 0)
                : ind.levels().indexOf(((cn.tongcheng.facts.Value.Level) v).name());
        String change = m.change() == null ? "" : "; change since " + m.previousYear() + ": " + m.change();
        String[] row = {m.place(), String.valueOf(m.year()), "1", "monitoring", m.indicator(), Double.toString(value), "", "",
                "", "", "", "", "monitoring only, not scored; source " + m.fact().source() + change};
        String[] out = java.util.Arrays.copyOf(row, COLUMNS.size());
        java.util.Arrays.fill(out, row.length, out.length, "");
        return out;
    }

    private static String[] extended(String[] row, PlaceAssessment p, Node node, IndicatorScore s, ScoreBasis zh, ScoreBasis en) {
        String[] out = java.util.Arrays.copyOf(row, COLUMNS.size());
        if (s != null) {
            ScoreBasis.Worded z = zh.of(p, s);
            out[row.length] = z.kind().id;
            out[row.length + 1] = z.text();
            out[row.length + 2] = en.of(p, s).text();
        } else if (!node.isIndicator()) {
            out[row.length] = ScoreBasis.Kind.AGGREGATE.id;
            out[row.length + 1] = zh.aggregate(p, node.code()).text();
            out[row.length + 2] = en.aggregate(p, node.code()).text();
        }
        boolean index = node.code().equals(YearIndex.ROOT);
        out[row.length + 3] = index ? String.valueOf(p.unreported()) : "";
        out[row.length + 4] = index ? String.valueOf(p.coverage().indicators()) : "";
        for (int i = row.length; i < out.length; i++) if (out[i] == null) out[i] = "";
        return out;
    }

    private static String stage(NodeResult n, Stage stage) {
        return n.stage(stage).map(StageValue::value).map(CsvReport::number).orElse("");
    }

    private static String number(OptionalDouble d) {
        return d.isPresent() ? Double.toString(d.getAsDouble()) : "";
    }

    private static String target(NodeResult n) {
        return n.stage(Stage.NORMALISED).map(StageValue::basis)
                .flatMap(b -> b instanceof Basis.Normalised nb ? nb.anchors().stream()
                        .filter(a -> a.kind() == Basis.Anchor.Kind.TARGET).findFirst() : Optional.empty())
                .map(a -> Double.toString(a.value())).orElse("");
    }
}
