package cn.tongcheng.facts;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.problem.ProblemList;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the records of a JSON, YAML or CSV file with their line numbers. A JSON or YAML file holds a
 * list of records, either at the top or under one key (e.g. {@code facts:} or {@code places:}).
 * Problems are added to the list; a file that cannot be read yields no records.
 */
public final class RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final Charset forcedEncoding;
    private final ProblemList problems;

    public RecordReader(Charset forcedEncoding, ProblemList problems) {
        this.forcedEncoding = forcedEncoding;
        this.problems = problems;
    }

    public static boolean isRecordFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public List<RawRecord> read(Path file, String shownName) {
        Optional<String> text = readText(file, shownName);
        if (text.isEmpty()) return List.of();
        if (text.get().isBlank()) {
            problems.add(shownName, 0, "", "file.empty");
            return List.of();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) return readCsv(text.get(), shownName);
            return readTree(name.endsWith(".json") ? JSON : YAML, text.get(), shownName);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(shownName, loc == null ? 0 : loc.getLineNr(), "", "file.malformed", e.getOriginalMessage());
            return List.of();
        } catch (IOException | RuntimeException e) {
            problems.add(shownName, 0, "", "file.malformed", String.valueOf(e.getMessage()));
            return List.of();
        }
    }

    private Optional<String> readText(Path file, String shownName) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                problems.add(shownName, 0, "", "file.is-directory");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(shownName, 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
        Optional<DecodedText> decoded = TextDecoder.decode(bytes, forcedEncoding);
        if (decoded.isEmpty()) {
            problems.add(shownName, 0, "", "file.encoding",
                    forcedEncoding == null ? "UTF-8, UTF-16, GBK" : forcedEncoding.name());
        }
        return decoded.map(DecodedText::text);
    }

    private List<RawRecord> readCsv(String text, String shownName) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema).readValues(text)) {
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) break;
                Map<String, String> row = it.nextValue();
                line = Math.max(line, it.getParser().currentTokenLocation().getLineNr());
                Map<String, String> fields = new LinkedHashMap<>();
                row.forEach((k, v) -> fields.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v));
                out.add(new RawRecord(shownName, line, fields));
            }
        }
        return out;
    }

    private List<RawRecord> readTree(ObjectMapper mapper, String text, String shownName) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
                if (t != JsonToken.FIELD_NAME) return out;
                t = p.nextToken();
            }
            if (t != JsonToken.START_ARRAY) {
                problems.add(shownName, p.currentTokenLocation().getLineNr(), "", "file.not-a-list");
                return out;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                if (!node.isObject()) {
                    problems.add(shownName, line, "", "file.not-a-record");
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                flatten("", node, fields);
                out.add(new RawRecord(shownName, line, fields));
            }
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey().strip().toLowerCase(Locale.ROOT);
            JsonNode v = e.getValue();
            if (v.isObject()) flatten(key + ".", v, into);
            else if (!v.isNull()) into.put(key, v.isValueNode() ? v.asText() : v.toString());
        }
    }
}
