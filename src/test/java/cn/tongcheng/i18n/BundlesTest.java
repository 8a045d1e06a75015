package cn.tongcheng.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every message has its Chinese and its English text, and the bundles are whole files. */
class BundlesTest {
    static final Path DIR = Path.of("src/main/resources/i18n");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_zh.properties"));
    }

    @Test
    void noLineIsLeftFromAMerge() throws IOException {
        for (String name : List.of("messages.properties", "messages_zh.properties")) {
            List<String> markers = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("<<<<<<<") || l.startsWith(">>>>>>>") || l.equals("=======")).toList();
            assertEquals(List.of(), markers, name);
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_zh.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(" = ") && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf(" = ")))
                    .filter(k -> !seen.add(k)).toList();
            assertEquals(List.of(), twice, name + ": the later definition silently wins");
        }
    }

    private static TreeSet<Object> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.keySet());
    }
}
