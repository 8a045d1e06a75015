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
 * The source documents cited by facts, criteria, diagnoses and recommendations, as the reports' list of
 * articles cited shows them (titles, publishers, dates from {@code sources/articles.csv}).
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

    /** The articles of the source documents ({@code sources/articles.csv}, read by {@code cn.tongcheng.sources}). */
    public static Articles of(List<cn.tongcheng.sources.Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), new Article(a.id(), a.title(), a.publisher(), a.date())));
        return new Articles(byId);
    }
}
