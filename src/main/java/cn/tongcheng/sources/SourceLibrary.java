package cn.tongcheng.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.facts.RawRecord;
import cn.tongcheng.facts.RecordReader;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;

/**
 * The source documents of {@code sources/}: the index {@code articles.csv} (id, title, publisher, date, file,
 * lines, note) and the text files it names. A quote is found when it stands word for word in a text, white
 * space ignored (the texts are hard-wrapped). Documents added later go in the same folder and index.
 */
public final class SourceLibrary implements cn.tongcheng.facts.QuoteSource {
    /** The index file of a sources folder. */
    public static final String INDEX = "articles.csv";
    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern LINES = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private final Map<String, Article> articles;
    /** Per text file: its lines, white space removed. */
    private final Map<String, List<String>> texts;
    private final Map<String, String> joined = new HashMap<>();
    private final Map<String, String> articleTexts = new HashMap<>();
    private final String shown;

    private SourceLibrary(Map<String, Article> articles, Map<String, List<String>> texts, String shown) {
        this.articles = articles;
        this.texts = texts;
        this.shown = shown;
        texts.forEach((f, lines) -> joined.put(f, String.join("", lines)));
        articles.values().forEach(a -> articleTexts.put(a.id(), String.join("", texts.get(a.file()).subList(a.firstLine() - 1, a.lastLine()))));
    }

    /** The sources folder beside a rules folder ({@code sources/} of the project), if there is one. */
    public static Optional<SourceLibrary> besideRules(Path rulesDir, ProblemList problems) {
        return open(rulesDir.toAbsolutePath().normalize().resolveSibling("sources"), problems);
    }

    /**
     * Opens a sources folder (with its index) or, for an older habit, a single text file with no index.
     * Problems with the index (a missing field, a file it names that is not there, bad line numbers) are
     * added to the list; empty when the path does not exist.
     */
    public static Optional<SourceLibrary> open(Path path, ProblemList problems) {
        if (path == null || !Files.exists(path)) return Optional.empty();
        if (Files.isRegularFile(path)) {
            Optional<List<String>> lines = lines(path, problems);
            return lines.map(l -> new SourceLibrary(Map.of(), Map.of(path.getFileName().toString(), l), ShownPath.of(path)));
        }
        Path index = path.resolve(INDEX);
        String shownIndex = ShownPath.of(index);
        if (!Files.isRegularFile(index)) {
            problems.add(shownIndex, 0, "", "sources.no-index");
            return Optional.empty();
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (RawRecord r : new RecordReader(null, problems).read(index, shownIndex)) {
            article(r, path, texts, problems).ifPresent(a -> {
                if (articles.putIfAbsent(a.id(), a) != null) {
                    problems.add(r.file(), r.line(), "id", "sources.duplicate", a.id(), articles.get(a.id()).origin());
                }
            });
        }
        return Optional.of(new SourceLibrary(articles, texts, ShownPath.of(path)));
    }

    private static Optional<Article> article(RawRecord r, Path dir, Map<String, List<String>> texts, ProblemList problems) {
        boolean ok = true;
        for (String field : List.of("id", "title", "file")) {
            if (!r.has(field)) {
                problems.add(r.file(), r.line(), field, "sources.missing-field");
                ok = false;
            }
        }
        if (!ok) return Optional.empty();
        String file = r.get("file");
        Path text = dir.resolve(file).normalize();
        if (!text.startsWith(dir.normalize()) || !Files.isRegularFile(text)) {
            problems.add(r.file(), r.line(), "file", "sources.no-file", file);
            return Optional.empty();
        }
        if (!texts.containsKey(file)) {
            Optional<List<String>> lines = lines(text, problems);
            if (lines.isEmpty()) return Optional.empty();
            texts.put(file, lines.get());
        }
        int size = texts.get(file).size();
        int first = 1;
        int last = size;
        if (r.has("lines")) {
            Matcher m = LINES.matcher(r.get("lines"));
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
                    || Integer.parseInt(m.group(2)) > size) {
                problems.add(r.file(), r.line(), "lines", "sources.bad-lines", r.get("lines"), size);
                return Optional.empty();
            }
            first = Integer.parseInt(m.group(1));
            last = Integer.parseInt(m.group(2));
        }
        return Optional.of(new Article(r.get("id"), r.get("title"), r.get("publisher"), r.get("date"), file, first, last,
                r.get("note"), r.file() + ":" + r.line()));
    }

    private static Optional<List<String>> lines(Path text, ProblemList problems) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readString(text, StandardCharsets.UTF_8).split("\n", -1)) out.add(normal(line));
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            problems.add(ShownPath.of(text), 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static String normal(String s) {
        return s == null ? "" : WHITE.matcher(s).replaceAll("");
    }

    /** Where the library was read from, for messages. */
    public String shown() {
        return shown;
    }

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id == null ? "" : id.strip()));
    }

    /** True when the quote stands word for word (white space ignored) in one of the texts. */
    public boolean contains(String quote) {
        String q = normal(quote);
        return !q.isEmpty() && joined.values().stream().anyMatch(t -> t.contains(q));
    }

    /** True when the quote stands word for word in the lines of that article. */
    public boolean quotedIn(Article article, String quote) {
        String q = normal(quote);
        String text = articleTexts.get(article.id());
        return !q.isEmpty() && text != null && text.contains(q);
    }

    /** The article a source names: its id, or its title exactly. */
    public Optional<Article> named(String source) {
        String s = source == null ? "" : source.strip();
        Optional<Article> byId = article(s);
        if (byId.isPresent()) return byId;
        String t = normal(s).replaceAll("^《|》$", "");
        return articles.values().stream().filter(a -> normal(a.title()).equals(t)).findFirst();
    }

    @Override
    public Verdict verify(String source, String quote) {
        Optional<Article> a = named(source);
        if (a.isEmpty()) return Verdict.NO_SUCH_DOCUMENT;
        return quotedIn(a.get(), quote) ? Verdict.FOUND : Verdict.NOT_FOUND;
    }

    @Override
    public Optional<String> foundIn(String quote) {
        return articles.values().stream().filter(a -> quotedIn(a, quote)).map(Article::id).findFirst();
    }

    @Override
    public List<String> ids() {
        return List.copyOf(articles.keySet());
    }
}
