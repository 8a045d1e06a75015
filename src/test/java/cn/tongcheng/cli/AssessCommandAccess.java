package cn.tongcheng.cli;

import java.util.function.Consumer;

import cn.tongcheng.watch.AssessmentWatch;

import picocli.CommandLine;

/** Lets tests in other packages await the runs of {@code assess --watch}. */
public final class AssessCommandAccess {
    private AssessCommandAccess() {
    }

    public static void onRun(CommandLine root, Consumer<AssessmentWatch.Run> listener) {
        AssessCommand assess = root.getSubcommands().get("assess").getCommand();
        assess.onRun = listener;
    }
}
