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

import cn.tongcheng.integrity.ContentDigest;
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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the records of a JSON, YAML or CSV file with their line numbers. A JSON or YAML file holds a
 * list of records, either at the top or under one key (e.g. {@code facts:} or {@code places:}).
 * Problems are added to the list; a file that cannot be read yields no records.
 */
public final class RecordReader {
    // a key given twice in a record is refused, not read as the last one given
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final Charset forcedEncoding;
    private final ProblemList problems;
    /** The SHA-256 of the bytes read from each file: the fact base's hash is made of them, not of a second reading. */
    private final Map<Path, byte[]> digests = new java.util.concurrent.ConcurrentHashMap<>();

    public RecordReader(Charset forcedEncoding, ProblemList problems) {
        this.forcedEncoding = forcedEncoding;
        this.problems = problems;
    }

    /** Files larger than this are refused before reading, so that a huge file fails clearly, not slowly. */
    public static final long MAX_FILE_BYTES = Long.getLong("tongcheng.max-file-bytes", 20L * 1024 * 1024);
    /** A field longer than this is a pasted document or a broken file, not a fact. */
    public static final int MAX_FIELD_CHARS = 4000;

    /** The SHA-256 of the bytes of each file read so far. */
    public Map<Path, byte[]> digests() {
        return Map.copyOf(digests);
    }

    public static boolean isRecordFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")
                || n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    public List<RawRecord> read(Path file, String shownName) {
        Optional<byte[]> bytes = readBytes(file, shownName);
        if (bytes.isEmpty()) return List.of();
        return read(bytes.get(), file.getFileName().toString(), shownName);
    }

    /**
     * For a workbook, the records of each sheet whose name is wanted (by sheet name), or of its first sheet
     * when none is (under ""); for any other file, its records under "".
     */
    public Map<String, List<RawRecord>> readSheets(Path file, String shownName, java.util.function.Predicate<String> wanted) {
        return readSheets(file, shownName, wanted, new ArrayList<>());
    }

    /** As {@link #readSheets(Path, String, java.util.function.Predicate)}; sheets with data not read go to {@code unread}. */
    public Map<String, List<RawRecord>> readSheets(Path file, String shownName, java.util.function.Predicate<String> wanted,
                                                   List<String> unread) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) return Map.of("", read(file, shownName));
        Optional<byte[]> bytes = readBytes(file, shownName);
        if (bytes.isEmpty()) return Map.of();
        Map<String, List<RawRecord>> out = new LinkedHashMap<>();
        new XlsxRecords(shownName, problems).sheets(bytes.get(), wanted, unread)
                .forEach((sheet, records) -> out.put(sheet, checked(records)));
        return out;
    }

    /** The records of a file's bytes; its name says the format. Never throws: problems go to the list. */
    List<RawRecord> read(byte[] content, String fileName, String shownName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        Optional<byte[]> bytes = Optional.of(content);
        if (name.endsWith(".xls")) {
            problems.add(shownName, 0, "", "file.xls");
            return List.of();
        }
        if (name.endsWith(".xlsx")) return checked(new XlsxRecords(shownName, problems).read(bytes.get()));
        Optional<String> text = decode(bytes.get(), shownName);
        if (text.isEmpty()) return List.of();
        if (text.get().isBlank()) {
            problems.add(shownName, 0, "", "file.empty");
            return List.of();
        }
        try {
            if (name.endsWith(".csv")) return checked(readCsv(text.get(), shownName));
            if (name.endsWith(".json")) return checked(readTree(JSON, text.get(), shownName));
            if (hasAlias(text.get(), shownName)) return List.of();
            return checked(new YamlRecords(shownName, problems).read(text.get()));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            java.util.regex.Matcher dup = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
            if (dup.find()) {
                problems.add(shownName, loc == null ? 0 : loc.getLineNr(), dup.group(1).strip().toLowerCase(Locale.ROOT),
                        "file.duplicate-key");
                return List.of();
            }
            problems.add(shownName, loc == null ? 0 : loc.getLineNr(), "", "file.malformed", oneLine(e.getOriginalMessage()));
            return List.of();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.add(shownName, 0, "", "file.malformed", oneLine(String.valueOf(e.getMessage())));
            return List.of();
        }
    }

    /** Jackson's message for a key given twice in one object. */
    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    /** Drools' and Jackson's messages can be long and quote the input: keep the first line, shortened. */
    private static String oneLine(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Records with a field too long to be a fact are reported and dropped. */
    private List<RawRecord> checked(List<RawRecord> records) {
        List<RawRecord> out = new ArrayList<>();
        for (RawRecord r : records) {
            boolean ok = true;
            for (Map.Entry<String, String> f : r.fields().entrySet()) {
                if (f.getValue().length() > MAX_FIELD_CHARS || f.getKey().length() > MAX_FIELD_CHARS) {
                    problems.add(r.file(), r.line(), shortened(f.getKey()), "field.too-long",
                            Math.max(f.getValue().length(), f.getKey().length()), MAX_FIELD_CHARS);
                    ok = false;
                }
            }
            if (ok) out.add(r);
        }
        return out;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private Optional<byte[]> readBytes(Path file, String shownName) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(shownName, 0, "", "file.is-directory");
                return Optional.empty();
            }
            if (!Files.exists(file)) {
                problems.add(shownName, 0, "", "file.unreadable", "NoSuchFileException: " + shownName);
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                problems.add(shownName, 0, "", "file.not-regular");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(shownName, 0, "", "file.too-large", size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            digests.put(file, ContentDigest.sha256(bytes));
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(shownName, 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> decode(byte[] bytes, String shownName) {
        Optional<DecodedText> decoded = TextDecoder.decode(bytes, forcedEncoding);
        if (decoded.isEmpty()) {
            problems.add(shownName, 0, "", "file.encoding",
                    forcedEncoding == null ? "UTF-8, UTF-16, GBK" : forcedEncoding.name());
            return Optional.empty();
        }
        String text = decoded.get().text();
        int binaryLine = TextDecoder.binaryLine(text);
        if (binaryLine > 0) {
            problems.add(shownName, binaryLine, "", "file.binary");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * Reads CSV rows as lists, so that a row with more cells than the header (e.g. an unquoted {@code 1,234})
     * is refused instead of shifting its values into the wrong fields.
     */
    private List<RawRecord> readCsv(String text, String shownName) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        RawRecord.Header header = null;
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) break;
                List<String> row = it.nextValue();
                line = Math.max(line, it.getParser().currentTokenLocation().getLineNr());
                if (row.stream().allMatch(c -> c == null || c.isBlank())) continue;
                if (header == null) {
                    header = new RawRecord.Header(line, row.stream().map(RecordReader::headerName).toList());
                    if (!uniqueHeader(header.names(), line, shownName)) return List.of();
                    continue;
                }
                record(header, row, line, shownName).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A header cell as a field name: trimmed, lower case, without a byte-order mark Excel may leave. */
    static String headerName(String cell) {
        return cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private boolean uniqueHeader(List<String> header, int line, String shownName) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean ok = true;
        for (String h : header) {
            if (!h.isEmpty() && !seen.add(h)) {
                problems.add(shownName, line, h, "csv.duplicate-column");
                ok = false;
            }
        }
        return ok;
    }

    private Optional<RawRecord> record(RawRecord.Header header, List<String> row, int line, String shownName) {
        Map<String, String> fields = new LinkedHashMap<>();
        // cells beyond the header shift values even when blank (1,234,… leaves the note column empty)
        List<String> names = header.names();
        int extra = Math.max(0, row.size() - names.size());
        for (int i = 0; i < Math.min(row.size(), names.size()); i++) {
            String v = row.get(i) == null ? "" : row.get(i);
            if (!names.get(i).isEmpty()) fields.put(names.get(i), v);
            else if (!v.isBlank()) extra++;
        }
        if (extra > 0) {
            problems.add(shownName, line, "", "csv.extra-cells", extra, names.stream().filter(h -> !h.isEmpty()).count());
            return Optional.empty();
        }
        return Optional.of(new RawRecord(shownName, line, fields, header));
    }

    private List<RawRecord> readTree(ObjectMapper mapper, String text, String shownName) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t = p.nextToken();
            String listKey = null;
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
                if (t != JsonToken.FIELD_NAME) return out;
                listKey = p.currentName();
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
                if (flatten("", node, fields, line, shownName)) out.add(new RawRecord(shownName, line, fields));
            }
            // the list must be all there is: a second list (or anything else) would be dropped unread
            boolean extra = false;
            for (t = p.nextToken(); t != null && t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    problems.add(shownName, p.currentTokenLocation().getLineNr(), "", "file.extra-content", p.currentName(),
                            listKey == null ? "" : listKey);
                    extra = true;
                    p.nextToken();
                    p.skipChildren();
                } else {
                    problems.add(shownName, p.currentTokenLocation().getLineNr(), "", "file.extra-content", p.getText(), "");
                    return List.of();
                }
            }
            if (!extra && t == JsonToken.END_OBJECT && p.nextToken() != null) {
                problems.add(shownName, p.currentTokenLocation().getLineNr(), "", "file.extra-content", p.getText(), "");
                return List.of();
            }
            if (extra) return List.of();
        }
        return out;
    }

    /**
     * Jackson reads a YAML alias ({@code *name}) as the text "name", not as the value it stands for; a fact
     * would then silently hold the wrong value. Aliases are refused (which also defuses alias bombs).
     */
    private boolean hasAlias(String text, String shownName) throws IOException {
        try (YAMLParser p = (YAMLParser) YAML.createParser(text)) {
            while (p.nextToken() != null) {
                if (p.isCurrentAlias()) {
                    problems.add(shownName, p.currentTokenLocation().getLineNr(), "", "yaml.alias", p.getText());
                    return true;
                }
            }
        }
        return false;
    }

    /** False when two keys of the record are the same field ({@code Value} and {@code value}). */
    private boolean flatten(String prefix, JsonNode node, Map<String, String> into, int line, String shownName) {
        boolean ok = true;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey().strip().toLowerCase(Locale.ROOT);
            JsonNode v = e.getValue();
            if (!seen.add(key)) {
                problems.add(shownName, line, key, "file.duplicate-key");
                ok = false;
            } else if (v.isObject()) {
                ok &= flatten(key + ".", v, into, line, shownName);
            } else if (!v.isNull()) {
                into.put(key, v.isValueNode() ? v.asText() : v.toString());
            }
        }
        return ok;
    }
}
