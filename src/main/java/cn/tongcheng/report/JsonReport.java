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

    /** The JSON text; the same in every language. */
    public String render(Assessment assessment, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.setAll((ObjectNode) MAPPER.valueToTree(assessment));
        root.set("method", MethodJson.of(assessment.catalogue()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
