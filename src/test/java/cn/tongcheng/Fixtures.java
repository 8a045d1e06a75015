package cn.tongcheng;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.cli.Main;
import cn.tongcheng.engine.ProgressListener;

import picocli.CommandLine;

/** Test inputs and helpers: the small rule base and facts under {@code src/test/resources/mini}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path miniRules() {
        return resource("mini/rules");
    }

    public static Path miniFacts() {
        return resource("mini/facts");
    }

    /** A writable copy of a folder, for tests that edit rules or facts. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Assessment assess(Path rules, Path facts, List<Integer> years, int threads) {
        Assessor.Request req = new Assessor.Request(rules, facts, years, List.of(), threads, (Charset) null);
        return Assessor.assess(req, Assessor.load(req), ProgressListener.NONE);
    }

    /** The outcome of running the command line. */
    public record Run(int exitCode, String out, String err) {
    }

    /** The command that starts {@code java} with the test class path, for tests that run Tongcheng in its own JVM. */
    public static List<String> java(String... jvmOptions) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", classpath));
        cmd.addAll(List.of(jvmOptions));
        return cmd;
    }

    public static Run cli(String... args) {
        CommandLine cmd = Main.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
