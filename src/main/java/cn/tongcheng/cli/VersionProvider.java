package cn.tongcheng.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.rules.RuleBaseCompiler;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code tongcheng --version}: the version Maven built, and the content hash of the rule base that a command
 * would read by default, the same hash every report carries, so a report can be matched to the rules.
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Path rules = HomeFolder.resolve("rules");
        String hash = Files.isDirectory(rules) ? RuleBaseCompiler.hash(rules) : Messages.ui("version.no-rules");
        return new String[] {"tongcheng " + version(), Messages.ui("version.rules", ShownPath.of(rules), hash)};
    }

    /** The project version, written into {@code version.properties} by Maven's resource filtering. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
