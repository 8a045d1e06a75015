package cn.tongcheng.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;

/**
 * Loads {@code facts/}: the places file ({@code places.yaml}, {@code .yml}, {@code .json} or {@code .csv})
 * and every other JSON, YAML or CSV file as fact records. Validates all of it and throws
 * {@link cn.tongcheng.problem.InvalidInputException} with every problem when anything is wrong.
 */
public final class FactBaseLoader {
    private final Charset forcedEncoding;

    /** @param forcedEncoding the encoding of CSV files if the user named one, else null to detect it */
    public FactBaseLoader(Charset forcedEncoding) {
        this.forcedEncoding = forcedEncoding;
    }

    public FactBase load(Path factsDir, Map<String, Indicator> indicators) {
        ProblemList problems = new ProblemList();
        if (!Files.isDirectory(factsDir)) {
            problems.add(factsDir.toString(), 0, "", "facts.no-folder");
            problems.throwIfAny("facts");
        }
        List<Path> files = files(factsDir);
        RecordReader reader = new RecordReader(forcedEncoding, problems);
        List<Path> placeFiles = files.stream().filter(FactBaseLoader::isPlacesFile).toList();
        if (placeFiles.size() != 1) {
            problems.add(factsDir.toString(), 0, "", "facts.places-file", placeFiles.size());
            problems.throwIfAny("facts");
        }
        List<Place> places = new PlaceReader(problems).places(reader.read(placeFiles.get(0), ShownPath.of(placeFiles.get(0))));
        Map<String, Place> byId = new java.util.HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        List<RawRecord> records = new ArrayList<>();
        for (Path f : files) {
            if (!isPlacesFile(f)) records.addAll(reader.read(f, ShownPath.of(f)));
        }
        List<Fact> facts = new FactValidator(byId, indicators, problems).validate(records);
        problems.throwIfAny("facts");
        return new FactBase(places, facts, ContentHash.of(factsDir, files), List.of());
    }

    private static boolean isPlacesFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.startsWith("places.");
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p) && RecordReader.isRecordFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
