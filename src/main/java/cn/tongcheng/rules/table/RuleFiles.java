package cn.tongcheng.rules.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.tongcheng.facts.RawRecord;
import cn.tongcheng.facts.RecordReader;
import cn.tongcheng.model.Location;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.problem.Suggestions;

/**
 * Finds the files of a rule base and reads its tables. Under {@code rules/} (but not {@code rules/tests/},
 * which holds rule tests) every {@code .csv} and {@code .xlsx} file is a table and every {@code .drl} file is
 * hand-written DRL. Editor lock and temporary files ({@code ~$x.xlsx}, {@code .~lock.x#}, {@code x.tmp}) and
 * any other file are not read, and listed as such. One table per name: {@code a.csv} beside {@code a.xlsx} is
 * an error, since the author cannot tell which one counts. A workbook holds one table (its first sheet, named
 * like a CSV file) or one table per sheet whose name is a table's ({@code 指标}, {@code criteria}).
 */
public final class RuleFiles {

    /**
     * What a rules folder holds.
     *
     * @param digests the SHA-256 of the bytes read from each table (the DRL files are read by the compiler)
     */
    public record Contents(List<RuleTable> tables, List<Path> drl, List<Path> read, List<String> notRead,
                           Map<Path, byte[]> digests) {
        public Contents {
            tables = List.copyOf(tables);
            drl = List.copyOf(drl);
            read = List.copyOf(read);
            notRead = List.copyOf(notRead);
            digests = Map.copyOf(digests);
        }
    }

    private RuleFiles() {
    }

    public static Contents read(Path rulesDir, ProblemList problems) {
        List<RuleTable> tables = new ArrayList<>();
        List<Path> drl = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        Map<String, Path> byName = new LinkedHashMap<>();
        RecordReader reader = new RecordReader(null, problems);
        for (Path p : files(rulesDir)) {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            String shown = ShownPath.of(p);
            if (cn.tongcheng.integrity.TreeLinks.leadsOutside(rulesDir, p)) {
                problems.add(shown, 0, "", "file.outside-tree");
            } else if (isEditorFile(name)) {
                notRead.add(shown);
            } else if (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) {
                problems.add(shown, 0, "", "rules.decision-table", name.substring(0, name.toLowerCase(Locale.ROOT).indexOf(".drl")));
            } else if (lower.endsWith(".drl")) {
                drl.add(p);
                read.add(p);
            } else if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                String key = p.getParent().resolve(stem(name).toLowerCase(Locale.ROOT)).toString();
                Path before = byName.putIfAbsent(key, p);
                if (before != null) {
                    problems.add(shown, 0, "", "rules.table-clash", ShownPath.of(before));
                    continue;
                }
                read.add(p);
                List<String> unread = new ArrayList<>();
                tables.addAll(tables(p, shown, reader, unread, problems));
                unread.forEach(sheet -> notRead.add(shown + "!" + sheet));
            } else {
                notRead.add(shown);
            }
        }
        return new Contents(tables, drl, read, notRead, reader.digests());
    }

    /** The files a compiled rule base of this folder is made of (its hash covers them), without reading them. */
    public static List<Path> readable(Path rulesDir) {
        return files(rulesDir).stream().filter(p -> {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean decisionTable = lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls");
            return !isEditorFile(name) && !decisionTable
                    && (lower.endsWith(".drl") || lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls"));
        }).toList();
    }

    /** Files Excel, WPS and LibreOffice leave beside a workbook while it is open or being saved. */
    static boolean isEditorFile(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.toLowerCase(Locale.ROOT).endsWith(".tmp")
                || name.startsWith(".");
    }

    private static List<Path> files(Path rulesDir) {
        Path tests = rulesDir.resolve("tests");
        try (Stream<Path> s = Files.walk(rulesDir)) {
            // a link to a folder is kept, so that one leading out of rules/ is refused rather than skipped
            return s.filter(p -> !p.startsWith(tests)).filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The table a file holds, or, for a workbook with sheets named after tables, the table of each such sheet. */
    private static List<RuleTable> tables(Path p, String shown, RecordReader reader, List<String> unread, ProblemList problems) {
        String stem = stem(p.getFileName().toString());
        Path parent = p.getParent();
        Optional<TableKind> kind = TableKind.named(stem)
                .or(() -> parent == null ? Optional.empty() : TableKind.named(parent.getFileName().toString()));
        Map<String, List<RawRecord>> sheets = reader.readSheets(p, shown, sheet -> TableKind.named(sheet).isPresent(), unread);
        List<RuleTable> out = new ArrayList<>();
        sheets.forEach((sheet, records) -> {
            Optional<TableKind> k = sheet.isEmpty() ? kind : TableKind.named(sheet);
            String where = sheet.isEmpty() ? shown : shown + "!" + sheet;
            if (k.isEmpty()) problems.add(shown, 0, "", "rules.unknown-table", String.join(", ", TableKind.names()));
            else table(k.get(), where, records, problems).ifPresent(out::add);
        });
        return out;
    }

    private static Optional<RuleTable> table(TableKind kind, String shown, List<RawRecord> records, ProblemList problems) {
        if (records.isEmpty()) return Optional.of(new RuleTable(kind, shown, List.of()));
        RawRecord.Header header = records.get(0).header();
        Map<String, String> columnOfHeader = columns(kind, header, shown, problems);
        if (columnOfHeader == null) return Optional.empty();
        List<TableRow> rows = new ArrayList<>();
        Map<String, String> letters = new LinkedHashMap<>();
        columnOfHeader.forEach((h, id) -> letters.put(id, header.column(h)));
        for (RawRecord r : records) {
            Map<String, String> cells = new LinkedHashMap<>();
            columnOfHeader.forEach((h, id) -> cells.put(id, r.get(h)));
            rows.add(new TableRow(kind, Location.of(shown, r.line()), cells, letters));
        }
        return Optional.of(new RuleTable(kind, shown, rows));
    }

    /** Header cell → column id; null (after reporting why) when the header does not fit the table. */
    private static Map<String, String> columns(TableKind kind, RawRecord.Header header, String shown, ProblemList problems) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.names().size(); i++) {
            String h = header.names().get(i);
            if (h.isEmpty()) continue;
            Location at = new Location(shown, header.line(), Location.letter(i));
            Optional<Column> c = kind.column(h);
            if (c.isEmpty()) {
                List<String> known = kind.columns().stream().flatMap(col -> Stream.of(col.id(), col.zh())).toList();
                String hint = Suggestions.nearest(h, known).map(n -> cn.tongcheng.i18n.Messages.ui("check.did-you-mean", n)).orElse("");
                problems.add(at, h, "rules.unknown-column", h, kind.id(), hint);
                ok = false;
            } else if (out.containsValue(c.get().id())) {
                problems.add(at, h, "rules.duplicate-column", c.get().id());
                ok = false;
            } else {
                out.put(h, c.get().id());
            }
        }
        for (Column c : kind.columns()) {
            if (c.required() && !out.containsValue(c.id())) {
                problems.add(Location.of(shown, header.line()), c.id(), "rules.missing-column", c.id(), c.zh());
                ok = false;
            }
        }
        return ok ? out : null;
    }
}
