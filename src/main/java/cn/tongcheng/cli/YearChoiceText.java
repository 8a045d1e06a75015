package cn.tongcheng.cli;

import java.io.PrintWriter;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.i18n.Messages;

/** Says which year a run without {@code --year} assesses, and why later years were passed over. */
final class YearChoiceText {
    private YearChoiceText() {
    }

    static void print(PrintWriter err, Assessor.YearChoice choice) {
        String min = Math.round(choice.minCoverage() * 100) + "%";
        err.println(Messages.ui("year.chosen", choice.year(), min));
        for (Assessor.YearCoverage y : choice.skipped()) {
            err.println(Messages.ui("year.skipped", y.year(), y.enough(), y.places(), min));
        }
        err.flush();
    }
}
