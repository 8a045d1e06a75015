package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.util.List;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.Problem;

/** Tells the user which values were read in a normalised form and which files were not read, before any result. */
final class ValidationSummary {
    static final int MAX_SHOWN = 50;

    private ValidationSummary() {
    }

    static void print(PrintWriter err, List<Problem> notices) {
        if (notices.isEmpty()) return;
        err.println(Messages.ui("validation.summary", notices.size()));
        notices.stream().limit(MAX_SHOWN).forEach(n -> err.println("  " + n));
        if (notices.size() > MAX_SHOWN) err.println(Messages.ui("error.more", notices.size() - MAX_SHOWN));
        err.flush();
    }
}
