package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.util.List;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints what went wrong without a stack trace: every located problem of invalid input (exit 2), or one
 * line for an internal error (exit 1). {@code --debug} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int MAX_SHOWN = 200;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        if (ex instanceof InvalidInputException bad) {
            printProblems(err, bad);
            if (debug) ex.printStackTrace(err);
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        err.println(Messages.ui("error.internal", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL;
    }

    static void printProblems(PrintWriter err, InvalidInputException bad) {
        List<Problem> problems = bad.problems();
        err.println(Messages.ui("error.problems." + bad.stage(), problems.size()));
        problems.stream().limit(MAX_SHOWN).forEach(p -> err.println("  " + p));
        if (problems.size() > MAX_SHOWN) err.println(Messages.ui("error.more", problems.size() - MAX_SHOWN));
        err.println(Messages.ui("error.nothing-written"));
    }
}
