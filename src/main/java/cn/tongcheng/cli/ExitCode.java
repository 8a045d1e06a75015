package cn.tongcheng.cli;

/** The exit codes of every command, listed in the README and in {@code --help}. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Something went wrong inside Tongcheng (a bug): run again with {@code --debug} and report it. */
    public static final int INTERNAL = 1;
    /** Invalid input: options, facts or rules; every problem is listed with its file and line. */
    public static final int INVALID_INPUT = 2;
    /** Rule tests ran and some failed, or their coverage is below {@code --threshold}. */
    public static final int FAILED = 3;

    private ExitCode() {
    }
}
