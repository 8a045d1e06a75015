package cn.tongcheng.report;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Everything in the assessment as JSON, for other tools and later reports; language-independent. */
public final class JsonReport implements ReportWriter {
    /**
     * Version 3: {@code method} holds the composite-indicator choices resolved per level (normalisation, comparison,
     * denominators, imputation, treatment, aggregation and data thresholds of each level, ranking, what the
     * sensitivity analysis varies), and {@code sensitivity} is the analysis over methods (nominal, median and
     * 5–95 % ranks; sensitivity indices per choice) instead of over weights. Version 2: a criterion's reason is a
     * text in both languages ({@code {zh, en}}), no longer one string.
     */
    public static final String FORMAT = "tongcheng-assessment/3";
    /** The format's name without its version: diff reads any version (it compares fields both have). */
    public static final String FORMAT_FAMILY = "tongcheng-assessment/";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public byte[] write(ReportView view) {
        return render(view.assessment(), view.language()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * What the reports say in words, in both languages: per year why it is not ranked (if so), per place-year how
     * many of the indicators that apply are unreported, and per indicator score what it is measured against.
     */
    private static ObjectNode inWords(Assessment a) {
        cn.tongcheng.i18n.Messages zh = cn.tongcheng.i18n.Messages.of(Language.ZH);
        cn.tongcheng.i18n.Messages en = cn.tongcheng.i18n.Messages.of(Language.EN);
        ScoreBasis bzh = new ScoreBasis(a, zh), ben = new ScoreBasis(a, en);
        ObjectNode out = MAPPER.createObjectNode();
        var years = out.putArray("years");
        for (cn.tongcheng.assessment.RankingField f : a.ranking()) {
            ObjectNode y = years.addObject();
            y.put("year", f.year());
            y.put("ranked", f.ranked());
            if (!f.ranked()) text(y, "notRanked", NotRankedText.of(f, zh), NotRankedText.of(f, en));
        }
        var places = out.putArray("places");
        for (cn.tongcheng.assessment.PlaceAssessment p : a.places()) {
            ObjectNode n = places.addObject();
            n.put("place", p.place().id());
            n.put("year", p.year());
            int unreported = p.unreported();
            n.put("unreported", unreported);
            n.put("applicable", p.coverage().indicators());
            text(n, "unreportedText", zh.get("report.unreported", unreported, p.coverage().indicators()),
                    en.get("report.unreported", unreported, p.coverage().indicators()));
            text(n, "indexBasis", bzh.aggregate(p, cn.tongcheng.assessment.YearIndex.ROOT).text(),
                    ben.aggregate(p, cn.tongcheng.assessment.YearIndex.ROOT).text());
            var dimensions = n.putArray("dimensions");
            for (cn.tongcheng.assessment.DimensionScore d : p.dimensions()) {
                ObjectNode dn = dimensions.addObject();
                dn.put("dimension", d.dimension());
                text(dn, "basis", bzh.aggregate(p, d.dimension()).text(), ben.aggregate(p, d.dimension()).text());
            }
            var scores = n.putArray("scores");
            for (cn.tongcheng.engine.IndicatorScore s : p.indicators()) {
                ScoreBasis.Worded z = bzh.of(p, s);
                ObjectNode sc = scores.addObject();
                sc.put("indicator", s.getIndicator());
                sc.put("basisKind", z.kind().id);
                text(sc, "basis", z.text(), ben.of(p, s).text());
            }
        }
        return out;
    }

    private static void text(ObjectNode n, String field, String zh, String en) {
        ObjectNode t = n.putObject(field);
        t.put("zh", zh);
        t.put("en", en);
    }

    /** The JSON text; the same in every language. */
    public String render(Assessment assessment, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.setAll((ObjectNode) MAPPER.valueToTree(assessment));
        root.set("method", MethodJson.of(assessment.catalogue()));
        root.set("inWords", inWords(assessment));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
