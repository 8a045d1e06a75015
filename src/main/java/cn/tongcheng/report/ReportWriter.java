package cn.tongcheng.report;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

/** Renders an assessment in one format. Renders only: it computes nothing the assessment does not hold. */
public interface ReportWriter {
    String render(Assessment assessment, Language language);

    /** The file's bytes: the rendered text in UTF-8, unless the format is binary. */
    default byte[] bytes(Assessment assessment, Language language) {
        return render(assessment, language).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case MD -> new MarkdownReport();
            case JSON -> new JsonReport();
            case HTML -> new HtmlReport();
            case XLSX -> new XlsxReport();
            case CSV -> new CsvReport();
        };
    }
}
