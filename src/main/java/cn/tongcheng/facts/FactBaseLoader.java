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
    /** The fields a fact file may have; the first four are required. */
    static final List<String> FACT_FIELDS = List.of("place", "year", "indicator", "value", "unit", "source", "quote", "note");
    private static final Set<String> REQUIRED = Set.of("place", "year", "indicator", "value");

    private final Charset forcedEncoding;

    /** @param forcedEncoding the encoding of CSV files if the user named one, else null to detect it */
    public FactBaseLoader(Charset forcedEncoding) {
        this.forcedEncoding = forcedEncoding;
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
        List<RawRecord> records = new ArrayList<>();
        for (Path f : files) {
            if (!isPlacesFile(f)) records.addAll(withKnownFields(reader.read(f, ShownPath.of(f)), f, problems));
        }
        List<Fact> facts = new FactValidator(byId, indicators, problems, notices).validate(records);
        problems.throwIfAny("facts");
        notices.sort(Problem.BY_LOCATION);
        return new FactBase(places, facts, ContentDigest.of(factsDir, reader.digests()), notices);
    }

    /** The fact and places files the folder holds now, as {@link #load} finds them (to see what changed since). */
    public static List<Path> recordFiles(Path factsDir) {
        try (Stream<Path> s = Files.walk(factsDir)) {
            return s.filter(p -> !p.equals(factsDir) && RecordReader.isRecordFile(p) && !TreeLinks.leadsOutside(factsDir, p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
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
        Set<String> fields = new LinkedHashSet<>();
        records.forEach(r -> fields.addAll(r.fields().keySet()));
        String shown = records.get(0).file();
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        int headerLine = csv ? 1 : records.get(0).line();
        for (String f : fields) {
            if (!FACT_FIELDS.contains(f)) {
                problems.add(shown, headerLine, f, "file.unknown-field", String.join(", ", FACT_FIELDS));
            }
        }
        Set<String> missing = new TreeSet<>(REQUIRED);
        missing.removeAll(fields);
        if (missing.isEmpty()) return records;
        problems.add(shown, headerLine, "", "file.missing-fields", String.join(", ", missing), String.join(", ", fields));
        return List.of();
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
                if (RecordReader.isRecordFile(p)) out.add(p);
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
