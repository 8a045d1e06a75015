package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.web.ServeLock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code tongcheng serve}: one server per project folder, its address printed, stopped cleanly. */
class ServeCommandTest {
    @TempDir
    Path dir;

    Path lockFile;

    @BeforeEach
    void project() {
        Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        lockFile = dir.resolve(ServeLock.FILE_NAME);
    }

    @Test
    void printsItsLoopbackAddressAndRefusesASecondServerOnTheSameFolder() throws Exception {
        String[] args = {"serve", "--folder", dir.toString(), "--no-browser", "--lang", "en"};
        CommandLine first = Main.commandLine(args);
        StringWriter out = new StringWriter();
        first.setOut(new PrintWriter(out, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread running = new Thread(() -> code.set(first.execute(args)));
        running.start();
        String address = awaitAddress();
        assertTrue(address.matches("http://127\\.0\\.0\\.1:\\d+/"), address);

        Run second = Fixtures.cli(args);
        assertEquals(ExitCode.INVALID_INPUT, second.exitCode());
        assertTrue(second.err().contains("serve.running: another \"tongcheng serve\" is already serving " + dir + ", at "
                + address), second.err());
        for (int i = 0; i < 3000 && !out.toString().contains("Ctrl+C"); i++) Thread.sleep(10); // printed after the lock names it
        assertTrue(out.toString().contains("Tongcheng is serving " + dir + " at " + address), out.toString());

        ServeCommand serve = first.getSubcommands().get("serve").getCommand();
        serve.stop.countDown();
        running.join(10_000);
        assertEquals(ExitCode.OK, code.get());
        assertFalse(Files.exists(lockFile), "the lock file is removed on stop");
        ServeLock.acquire(dir).close(); // and the folder is free again
    }

    @Test
    void aServerInAnotherProcessHoldsTheFolderUntilItEnds() throws Exception {
        List<String> cmd = new ArrayList<>(Fixtures.java());
        cmd.addAll(List.of("cn.tongcheng.cli.Main", "serve", "--folder", dir.toString(), "--no-browser", "--lang", "en"));
        Process other = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        try {
            String address = awaitAddress();
            Run second = Fixtures.cli("serve", "--folder", dir.toString(), "--no-browser", "--lang", "en");
            assertEquals(ExitCode.INVALID_INPUT, second.exitCode(), second.err());
            assertTrue(second.err().contains("already serving " + dir + ", at " + address), second.err());
        } finally {
            other.destroy(); // SIGTERM, as Ctrl+C or closing the window
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(lockFile), "the server removed its lock file on the way out");
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        Run run = Fixtures.cli("serve", "--folder", dir.resolve("facts").toString(), "--no-browser", "--lang", "en");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("--folder: serve.no-rules: "), run.err());
    }

    /** The address the server wrote into the lock file once it listens. */
    private String awaitAddress() throws IOException, InterruptedException {
        for (int i = 0; i < 3000; i++) {
            if (Files.exists(lockFile)) {
                String s = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                if (!s.isEmpty()) return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the server did not start");
    }
}
