package cn.tongcheng.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.integrity.ContentDigest;
import cn.tongcheng.integrity.TreeLinks;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;

/**
 * Loads {@code facts/}: the places file ({@code places.yaml}, {@code .yml}, {@code .json}, {@code .csv} or
 * {@code .xlsx}) and every other JSON, YAML, CSV or XLSX file as fact records. Validates all of it and throws
 * {@link cn.tongcheng.problem.InvalidInputException} with every problem when anything is wrong; values
 * read in a normalised form are listed as notices.
 */
public final class FactBaseLoader {
    private final Charset forcedEncoding;
    private final SourcePrecedence precedence;
    private final QuoteSource quotes;

    /** @param forcedEncoding the encoding of CSV files if the user named one, else null to detect it */
    public FactBaseLoader(Charset forcedEncoding) {
        this(forcedEncoding, SourcePrecedence.NONE);
    }

    /** @param precedence which kind of source wins when two give the same fact */
    public FactBaseLoader(Charset forcedEncoding, SourcePrecedence precedence) {
        this(forcedEncoding, precedence, null);
    }

    /**
     * @param quotes the source documents: a fact from one of them must quote it word for word; null when
     *               there are none (the quotes are then left to {@code check})
     */
    public FactBaseLoader(Charset forcedEncoding, SourcePrecedence precedence, QuoteSource quotes) {
        this.forcedEncoding = forcedEncoding;
        this.precedence = precedence;
        this.quotes = quotes;
    }

    public FactBase load(Path factsDir, Map<String, Indicator> indicators) {
        ProblemList problems = new ProblemList();
        List<Problem> notices = new ArrayList<>();
        if (!Files.isDirectory(factsDir)) {
            problems.add(factsDir.toString(), 0, "", "facts.no-folder");
            problems.throwIfAny("facts");
        }
        List<Path> files = files(factsDir, notices, problems);
        RecordReader reader = new RecordReader(forcedEncoding, problems);
        List<Path> placeFiles = files.stream().filter(FactBaseLoader::isPlacesFile).toList();
        if (placeFiles.size() != 1) {
            problems.add(ShownPath.of(factsDir), 0, "", "facts.places-file", placeFiles.size());
            problems.throwIfAny("facts");
        }
        List<Place> places = new PlaceReader(problems).places(reader.read(placeFiles.get(0), ShownPath.of(placeFiles.get(0))));
        if (places.isEmpty() && problems.isEmpty()) problems.add(ShownPath.of(placeFiles.get(0)), 0, "", "facts.no-places");
        Map<String, Place> byId = places.isEmpty() ? null : new java.util.HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        List<Fact> facts = facts(files.stream().filter(f -> !isPlacesFile(f)).toList(), byId, indicators, reader, problems, notices);
        problems.throwIfAny("facts");
        notices.sort(Problem.BY_LOCATION);
        return new FactBase(places, facts, ContentDigest.of(factsDir, reader.digests()), notices);
    }

    /** The fact and places files the folder holds now, as {@link #load} finds them (to see what changed since). */
    public static List<Path> recordFiles(Path factsDir) {
        try (Stream<Path> s = Files.walk(factsDir)) {
            return s.filter(p -> !p.equals(factsDir) && RecordReader.isRecordFile(p) && !TreeLinks.leadsOutside(factsDir, p))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")) // lock files, never read
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The places of a facts folder (its places file) alone; problems go to the list. */
    public List<Place> places(Path factsDir, ProblemList problems) {
        if (!Files.isDirectory(factsDir)) {
            problems.add(factsDir.toString(), 0, "", "facts.no-folder");
            return List.of();
        }
        List<Path> files = files(factsDir, new ArrayList<>(), problems);
        List<Path> placeFiles = files.stream().filter(FactBaseLoader::isPlacesFile).toList();
        if (placeFiles.size() != 1) {
            problems.add(ShownPath.of(factsDir), 0, "", "facts.places-file", placeFiles.size());
            return List.of();
        }
        RecordReader reader = new RecordReader(forcedEncoding, problems);
        return new PlaceReader(problems).places(reader.read(placeFiles.get(0), ShownPath.of(placeFiles.get(0))));
    }

    /**
     * Checks fact files (e.g. returned forms) against known places and indicators, as {@link #load} does,
     * without a facts folder: every problem and notice, nothing thrown.
     */
    public FactBase check(List<Path> files, List<Place> places, Map<String, Indicator> indicators, ProblemList problems) {
        List<Problem> notices = new ArrayList<>();
        Map<String, Place> byId = new java.util.HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        List<Fact> facts = facts(files, byId, indicators, new RecordReader(forcedEncoding, problems), problems, notices);
        notices.sort(Problem.BY_LOCATION);
        return new FactBase(places, facts, "", notices);
    }

    private List<Fact> facts(List<Path> files, Map<String, Place> places, Map<String, Indicator> indicators,
                             RecordReader reader, ProblemList problems, List<Problem> notices) {
        List<RawRecord> records = new ArrayList<>();
        for (Path f : files) records.addAll(withKnownFields(reader.read(f, ShownPath.of(f)), f, problems));
        return new FactValidator(places, indicators, precedence, problems, notices).withQuotes(quotes).validate(records);
    }

    private static boolean isPlacesFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.startsWith("places.");
    }

    /**
     * The records of a fact file, when its fields are the fact fields: a missing required field is one
     * problem at the header (not one per row), and an unknown one may be a misspelt field whose values
     * would otherwise be lost.
     */
    private static List<RawRecord> withKnownFields(List<RawRecord> records, Path file, ProblemList problems) {
        if (records.isEmpty()) return records;
        Set<String> headers = new LinkedHashSet<>();
        records.forEach(r -> headers.addAll(r.fields().keySet()));
        records.forEach(r -> headers.addAll(r.cells().keySet()));
        String shown = records.get(0).file();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int headerLine = name.endsWith(".csv") ? 1 : name.endsWith(".xlsx") ? records.get(0).line() - 1 : records.get(0).line();
        Map<String, String> ids = new java.util.HashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        for (String h : headers) {
            java.util.Optional<FactField> f = FactField.ofHeader(h);
            if (f.isPresent()) {
                String other = ids.entrySet().stream().filter(e -> e.getValue().equals(f.get().id())).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (other != null) {
                    problems.add(shown, headerLine, h, "file.same-field", other, h, f.get().id());
                    return List.of();
                }
                ids.put(h, f.get().id());
                fields.add(f.get().id());
                continue;
            }
            List<String> known = java.util.Arrays.stream(FactField.values()).flatMap(FactField::names).toList();
            String hint = cn.tongcheng.problem.Suggestions.nearest(h, known).map(n -> Messages.ui("fact.did-you-mean", n)).orElse("");
            problems.add(shown, headerLine, h, "file.unknown-field", fieldList(), hint);
        }
        // a sheet that names the indicator only by its name (指标名称) is read by the name
        if (!fields.contains("indicator") && fields.contains("name")) {
            ids.replaceAll((h, id) -> id.equals("name") ? "indicator" : id);
            fields.add("indicator");
        }
        Set<String> missing = new TreeSet<>(FactField.REQUIRED.stream().map(FactField::id).toList());
        missing.removeAll(fields);
        if (!missing.isEmpty()) {
            problems.add(shown, headerLine, "", "file.missing-fields", String.join(", ", missing), String.join(", ", headers),
                    fieldList());
            return List.of();
        }
        return records.stream().map(r -> r.renamed(h -> ids.getOrDefault(h, h))).toList();
    }

    /** The fields of a fact file as messages list them: id and Chinese header. */
    private static String fieldList() {
        return java.util.Arrays.stream(FactField.values()).filter(f -> !f.informational())
                .map(f -> f.id() + " (" + f.header(true) + ")").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Every fact file below the folder, including entries that only look like one (a folder named
     * {@code x.csv}, a broken link), so that the reader can say what is wrong with them. Other files are
     * listed as notices, since a fact file saved with another extension would otherwise be lost unnoticed.
     */
    private static List<Path> files(Path dir, List<Problem> notices, ProblemList problems) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                if (p.equals(dir)) continue;
                if (TreeLinks.leadsOutside(dir, p)) {
                    problems.add(ShownPath.of(p), 0, "", "file.outside-tree");
                    continue;
                }
                String name = p.getFileName().toString();
                // Excel and WPS keep a lock file (~$嘉善县-2017.xlsx) beside every workbook that is open
                if (name.startsWith("~$")) notices.add(new Problem(ShownPath.of(p), 0, "", "ignored", Messages.ui("notice.lock-file")));
                else if (RecordReader.isRecordFile(p)) out.add(p);
                else if (!Files.isDirectory(p) && !name.startsWith(".") && !name.equalsIgnoreCase("README.md")) {
                    notices.add(new Problem(ShownPath.of(p), 0, "", "ignored", Messages.ui("notice.ignored")));
                }
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            problems.add(ShownPath.of(dir), 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
            problems.throwIfAny("facts");
            return List.of();
        }
    }
}
