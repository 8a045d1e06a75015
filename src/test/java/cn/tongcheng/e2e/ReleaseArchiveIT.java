package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} built, unpacked into a temporary folder and run from another one,
 * with nothing on the PATH (no Maven, no source tree): only a Java 17 through {@code JAVA_HOME}. Runs after
 * {@code package} (failsafe, {@code mvn verify}).
 */
class ReleaseArchiveIT {
    private static final String VERSION = System.getProperty("tongcheng.version");

    @TempDir
    static Path dir;

    static Path zip;
    static Path home;

    @BeforeAll
    static void unpack() throws IOException {
        zip = Path.of(System.getProperty("tongcheng.release"));
        assertTrue(Files.isRegularFile(zip), "mvn package writes " + zip);
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path target = dir.resolve("unpacked").resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir.resolve("unpacked")), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
            }
        }
        home = dir.resolve("unpacked").resolve("tongcheng-" + VERSION);
    }

    @Test
    void archiveHoldsLaunchersLibrariesRulesFactsReadmeAndLicences() throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry sh = z.getEntry("tongcheng-" + VERSION + "/bin/tongcheng");
            assertEquals(0755, sh.getUnixMode() & 0777, "bin/tongcheng is executable once unpacked");
        }
        for (String f : List.of("bin/tongcheng", "bin/tongcheng.bat", "README.md", "THIRD-PARTY.txt",
                "lib/tongcheng-" + VERSION + ".jar", "facts/places.yaml")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        try (Stream<Path> shipped = Files.walk(Path.of("rules")); Stream<Path> released = Files.walk(home.resolve("rules"))) {
            assertEquals(shipped.filter(Files::isRegularFile).map(p -> Path.of("rules").relativize(p).toString()).sorted().toList(),
                    released.filter(Files::isRegularFile).map(p -> home.resolve("rules").relativize(p).toString()).sorted().toList(),
                    "every rule file is released");
        }
        try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
            List<String> names = libs.map(p -> p.getFileName().toString()).toList();
            for (String prefix : List.of("picocli-", "drools-compiler-", "poi-ooxml-", "compiler-", "jackson-databind-")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " in lib/: " + names);
            }
            assertTrue(names.stream().noneMatch(n -> n.startsWith("junit-") || n.startsWith("jazzer")), "no test libraries");
        }
        String licences = Files.readString(home.resolve("THIRD-PARTY.txt"), StandardCharsets.UTF_8);
        assertTrue(licences.contains("info.picocli:picocli:4.7.6") && licences.contains("Apache"), licences);
    }

    @Test
    void windowsLauncherUsesAUtf8ConsoleAndTheSameJvmFlagsAsTheDevelopmentLauncher() throws IOException {
        String bat = Files.readString(home.resolve("bin/tongcheng.bat"), StandardCharsets.UTF_8);
        assertTrue(bat.contains("\r\n"), "CRLF line endings");
        assertTrue(bat.contains("chcp 65001"), bat);
        Matcher jit = Pattern.compile("jit=\"([^\"]+)\"").matcher(Files.readString(Path.of("tongcheng")));
        assertTrue(jit.find(), "./tongcheng sets its JVM flags");
        Matcher java = Pattern.compile("\"%JAVA%\" %JIT% (.*)").matcher(bat);
        assertTrue(java.find(), bat);
        assertTrue(bat.contains("set \"JIT=" + jit.group(1) + "\""), "the JIT flags of ./tongcheng");
        for (String flag : List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "%TONGCHENG_JAVA_OPTS%")) {
            assertTrue(java.group(1).contains(flag), flag);
        }
    }

    @Test
    void unpackedReleaseAssessesAndNamesItsVersionAndRuleBase() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.code(), version.output());
        assertTrue(version.output().startsWith("tongcheng " + VERSION + "\n"), version.output());
        Matcher hash = Pattern.compile("sha256:[0-9a-f]{64}").matcher(version.output());
        assertTrue(hash.find(), version.output());

        Run assess = run("assess", "--lang", "en", "--format", "json,md");
        assertEquals(0, assess.code(), assess.output());
        try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
            List<Path> json = reports.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(1, json.size(), "the latest year's report, in the release's own reports/ folder");
            String report = Files.readString(json.get(0), StandardCharsets.UTF_8);
            assertTrue(report.contains("\"rulesHash\" : \"" + hash.group() + "\""), "--version shows the hash the report carries");
            assertTrue(report.contains("\"id\" : \"jiashan\""), "the shipped places are assessed");
        }
        assertTrue(Pattern.compile(" \\d+(\\.\\d+)?  \\d+/\\d+ indicators with data").matcher(assess.output()).find(),
                "some place has an index: " + assess.output());
    }

    @Test
    void unpackedReleaseServesTheWebAppOnItsOwnFolder() throws Exception {
        Process serve = start("serve", "--no-browser");
        Path lock = home.resolve(".tongcheng-serve.lock");
        try {
            String address = "";
            for (int i = 0; i < 6000 && address.isEmpty(); i++) {
                if (Files.exists(lock)) address = Files.readString(lock, StandardCharsets.UTF_8).strip();
                if (address.isEmpty()) Thread.sleep(10);
                assertTrue(serve.isAlive() || !address.isEmpty(), "serve ended early");
            }
            assertTrue(address.startsWith("http://127.0.0.1:"), address);
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("接轨上海评价报告"), page.body());
            assertTrue(page.body().contains("href=\"/place/jiashan?year="), "the shipped places, from the release's facts/");
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(1, TimeUnit.MINUTES));
        }
        assertTrue(!Files.exists(lock), "the lock file is removed when serve stops");
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = start(log, args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/tongcheng " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Process start(String... args) throws IOException {
        return start(Files.createTempFile(dir, "run", ".log"), args);
    }

    /** {@code bin/tongcheng} by /bin/sh, from a folder outside the release, with an empty environment but JAVA_HOME. */
    private static Process start(Path log, String... args) throws IOException {
        Path cwd = Files.createDirectories(dir.resolve("elsewhere"));
        Path emptyPath = Files.createDirectories(dir.resolve("empty-path"));
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/tongcheng").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", emptyPath.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.redirectOutput(log.toFile()).start();
    }
}
