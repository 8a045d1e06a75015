package cn.tongcheng.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The source documents cited by facts, criteria, diagnoses and recommendations, read from
 * {@code sources/articles.csv} ({@code id,title,publisher,date}); the reports' list of articles cited
 * takes their titles from it.
 */
public record Articles(Map<String, Article> byId) {
    public static final String FILE = "articles.csv";
    public static final Articles NONE = new Articles(Map.of());

    public record Article(String id, String title, String publisher, String date) {
    }

    public Articles {
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public Optional<Article> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The articles of {@code dir/articles.csv}; none when the folder or file does not exist. */
    public static Articles read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return NONE;
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            int line = 1; // the header; each article takes one line (no title spans lines)
            while (it.hasNextValue()) {
                line++;
                Map<String, String> row = it.nextValue();
                String id = row.getOrDefault("id", "").strip();
                String title = row.getOrDefault("title", "").strip();
                if (id.isEmpty() || title.isEmpty()) {
                    problems.add(new Problem(file.toString(), line, id.isEmpty() ? "id" : "title", "sources.missing-field",
                            Messages.ui("problem.sources.missing-field", id.isEmpty() ? "id" : "title")));
                    continue;
                }
                articles.put(id, new Article(id, title, row.getOrDefault("publisher", "").strip(),
                        row.getOrDefault("date", "").strip()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file.toString(), 0, "", "file.malformed",
                    Messages.ui("problem.file.malformed", e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage().lines().findFirst().orElse(""))));
        }
        if (!problems.isEmpty()) throw new InvalidInputException("sources", problems);
        return new Articles(articles);
    }
}
