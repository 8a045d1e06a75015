package cn.tongcheng.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build that compiles a rule base: project version and build time (so that a rebuilt jar, whose sandbox
 * or generator may differ, never trusts an entry of another), the Drools version and the Java runtime (whose
 * class files and serialised forms the entry holds). Written by Maven into {@code build.properties}.
 */
final class BuildIdentity {
    private static final String CURRENT = read();

    private BuildIdentity() {
    }

    /** The build, or null when it cannot be told (then nothing is cached). */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = BuildIdentity.class.getResourceAsStream("build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String built = p.getProperty("built", "");
        // not built by Maven (an IDE that copies resources unfiltered): no build to tell one from another, no cache
        if (built.isEmpty() || built.startsWith("${")) return null;
        return "tongcheng=" + p.getProperty("version", "unknown") + "@" + built
                + ";drools=" + p.getProperty("drools", "unknown")
                + ";java=" + System.getProperty("java.vm.vendor") + "/" + Runtime.version();
    }
}
