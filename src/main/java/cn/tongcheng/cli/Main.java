package cn.tongcheng.cli;

import java.util.Arrays;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

import picocli.CommandLine;

/** Entry point: {@code java -jar tongcheng.jar <command> [options]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** A command line whose help and messages are in the language of {@code --lang}, else the system's. */
    public static CommandLine commandLine(String... args) {
        Language language = uiLanguage(args);
        Messages.setUiLanguage(language);
        java.util.Locale.setDefault(language.locale());
        CommandLine cmd = new CommandLine(new TongchengCommand());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new OptionErrorHandler());
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parsed -> ErrorHandler.execute(runLast, parsed));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setDefaultValueProvider(new HomeFolder());
        return cmd;
    }

    private static Language uiLanguage(String[] args) {
        int i = Arrays.asList(args).indexOf("--lang");
        try {
            if (i >= 0 && i + 1 < args.length) return Language.parse(args[i + 1]);
            for (String a : args) if (a.startsWith("--lang=")) return Language.parse(a.substring(7));
        } catch (IllegalArgumentException e) {
            // picocli reports the bad value itself
        }
        return Language.ofSystem();
    }
}
