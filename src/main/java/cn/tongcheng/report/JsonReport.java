package cn.tongcheng.report;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Everything in the assessment as JSON, for other tools and later reports; language-independent. */
public final class JsonReport implements ReportWriter {
    /** Version 2: a criterion's reason is a text in both languages ({@code {zh, en}}), no longer one string. */
    public static final String FORMAT = "tongcheng-assessment/2";
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
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
