package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line gets two short lines in the user's language, not picocli's English and the whole usage:
 * the option, what is wrong with it, and where to read more. Exit code 2, like any invalid input.
 */
final class OptionErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + message(ex));
        err.println(Messages.ui("option.error.help", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            String arg = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            String text = Messages.ui(arg.startsWith("-") ? "option.error.unknown" : "option.error.unexpected", arg);
            return suggestions.isEmpty() ? text : text + Messages.ui("check.did-you-mean", String.join(", ", suggestions));
        }
        if (ex instanceof MissingParameterException m) {
            String names = m.getMissing().stream().map(OptionErrorHandler::name).collect(Collectors.joining(", "));
            return Messages.ui("option.error.missing-value", names);
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec != null && ex.getValue() != null) {
            return Messages.ui("option.error.bad-value", name(spec), ex.getValue(), expected(spec));
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    /** What the option takes, in words: its values for a choice, the kind of value otherwise. */
    private static String expected(ArgSpec spec) {
        Class<?> type = spec.auxiliaryTypes().length > 0 && spec.isMultiValue() ? spec.auxiliaryTypes()[0] : spec.type();
        if (type == Language.class) return Messages.ui("option.expected.language");
        if (type.isEnum()) {
            return Messages.ui("option.expected.one-of", Arrays.stream(type.getEnumConstants())
                    .map(e -> e.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.ui("option.expected.whole-number");
        }
        if (type == Charset.class) return Messages.ui("option.expected.charset");
        return Messages.ui("option.expected.other", type.getSimpleName());
    }
}
