package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.facts.RecordReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact file within the size limit but too big for the memory given fails with a clear message, not a hang. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aHugeInputFailsWithAMessage() throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Path big = facts.resolve("big.csv");
        String row = "a,2014,industry.share,20,%,test," + "长".repeat(300) + ",\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("place,year,indicator,value,unit,source,quote,note\n");
            while (Files.size(big) < RecordReader.MAX_FILE_BYTES - 1_000_000) {
                for (int i = 0; i < 1000; i++) w.write(row);
                w.flush();
            }
        }
        List<String> cmd = new ArrayList<>(Fixtures.java("-Xmx64m"));
        cmd.addAll(List.of("cn.tongcheng.cli.Main", "assess", "--rules", rules.toString(), "--facts", facts.toString(),
                "--out", dir.resolve("out").toString(), "--lang", "en", "--threads", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("Out of memory: the input is too large"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception"), output);
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
