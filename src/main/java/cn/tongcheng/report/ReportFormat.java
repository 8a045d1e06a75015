package cn.tongcheng.report;

import java.util.Locale;

/** The formats a report can be written in, with their file extensions. */
public enum ReportFormat {
    MD("md"), JSON("json"), HTML("html"), XLSX("xlsx"), DOCX("docx"), PDF("pdf"), CSV("csv");


    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
