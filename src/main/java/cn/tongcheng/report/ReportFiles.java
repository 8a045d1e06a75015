package cn.tongcheng.report;

import java.util.stream.Collectors;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

/**
 * The names of report files: {@code assessment-<years>[-<places>][.<lang>].<ext>}. A report of some places is
 * named after them, so that it never replaces the report of all; JSON holds both languages and CSV has
 * no words to translate, so they have none.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** @param selection whether the assessment was narrowed to some places */
    public static String name(Assessment a, boolean selection, ReportFormat format, Language language) {
        String years = a.years().stream().map(String::valueOf).collect(Collectors.joining("-"));
        String places = selection
                ? "-" + a.places().stream().map(p -> p.place().id()).distinct().collect(Collectors.joining("-")) : "";
        String suffix = format == ReportFormat.JSON || format == ReportFormat.CSV || language == Language.ZH ? "" : "." + language.name().toLowerCase();
        return "assessment-" + years + places + suffix + "." + format.extension();
    }
}
