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
        if (outOfMemory(ex)) return printOutOfMemory(err);
        err.println(Messages.ui("error.internal", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /**
     * Out of memory is reported like bad input (exit 2): it comes from an input too large for the memory
     * Java was given. The objects that filled the heap are unreachable by now, so printing works.
     */
    static int printOutOfMemory(PrintWriter err) {
        err.println(Messages.ui("error.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        err.println(Messages.ui("error.nothing-written"));
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    /** Runs the command, turning an out-of-memory error (which picocli does not handle) into a message. */
    static int execute(CommandLine.IExecutionStrategy strategy, ParseResult parsed) {
        try {
            return strategy.execute(parsed);
        } catch (OutOfMemoryError e) {
            return printOutOfMemory(parsed.commandSpec().commandLine().getErr());
        }
    }

    static void printProblems(PrintWriter err, InvalidInputException bad) {
        List<Problem> problems = bad.problems();
        err.println(Messages.ui("error.problems." + bad.stage(), problems.size()));
        problems.stream().limit(MAX_SHOWN).forEach(p -> err.println("  " + p));
        if (problems.size() > MAX_SHOWN) err.println(Messages.ui("error.more", problems.size() - MAX_SHOWN));
        err.println(Messages.ui("error.nothing-written"));
    }
}
