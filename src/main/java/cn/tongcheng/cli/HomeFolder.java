package cn.tongcheng.cli;

import java.nio.file.Path;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The folder that default paths ({@code rules}, {@code facts}, {@code reports}) are relative to. The release's
 * launchers set it to the release folder ({@code -Dtongcheng.home}), so that a double-clicked
 * {@code bin\tongcheng.bat} finds its rules and facts whatever the working folder; without it, defaults are
 * relative to the working folder, as with {@code ./tongcheng}. Paths given on the command line are never changed.
 */
public final class HomeFolder implements IDefaultValueProvider {
    public static final String PROPERTY = "tongcheng.home";

    /** A default path of the home: {@code name} below it, or {@code name} itself when there is no home. */
    public static Path resolve(String name) {
        String home = System.getProperty(PROPERTY);
        return home == null || home.isBlank() ? Path.of(name) : Path.of(home).resolve(name);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        String declared = arg.defaultValue();
        if (declared == null || arg.type() != Path.class || Path.of(declared).isAbsolute()) return null;
        return System.getProperty(PROPERTY) == null ? null : resolve(declared).toString();
    }
}
