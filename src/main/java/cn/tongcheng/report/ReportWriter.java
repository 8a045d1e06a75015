package cn.tongcheng.report;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

/** Renders an assessment in one format. Renders only: it computes nothing the assessment does not hold. */
public interface ReportWriter {
    String render(Assessment assessment, Language language);

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case MD -> new MarkdownReport();
            case JSON -> new JsonReport();
        };
    }
}
