package cn.tongcheng.report;

/** Writes a report in one format from the report's view. Arranges only: it computes nothing the view does not hold. */
public interface ReportWriter {
    /** The file's bytes (UTF-8 for the text formats). */
    byte[] write(ReportView view);

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case MD -> new MarkdownReport();
            case JSON -> new JsonReport();
            case HTML -> new HtmlReport();
            case XLSX -> new XlsxReport();
            case DOCX -> new DocxReport();
            case PDF -> new PdfReport();
            case CSV -> new CsvReport();
        };
    }
}
