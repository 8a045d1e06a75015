package cn.tongcheng.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: prints usage when no subcommand is given. */
@Command(name = "tongcheng", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "i18n.messages",
        subcommands = {AssessCommand.class, CheckCommand.class, TestCommand.class, ExplainCommand.class, IndicatorsCommand.class,
                DiffCommand.class, SensitivityCommand.class, BenchCommand.class, FormCommand.class, ValidateCommand.class,
                StatusCommand.class, ServeCommand.class, HelpCommand.class},
        // the exit codes (usage.exitCodeList.N) come from the bundle, for this command and every subcommand
        sortOptions = false)
public final class TongchengCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
