package cn.tongcheng.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;

/**
 * Checks fact records against the places and the indicators the rule base defines, and turns the good
 * ones into facts. Every problem is recorded with file, line and field; none stops the others being found.
 */
final class FactValidator {
    private static final Pattern ARTICLE = Pattern.compile("A(0\\d|1[0-6])");
    private static final Pattern ARTICLE_LIKE = Pattern.compile("A\\d+");

    private final Map<String, Place> places;
    private final Map<String, Indicator> indicators;
    private final SourcePrecedence precedence;
    private QuoteSource quotes;
    private final ProblemList problems;
    private final List<Problem> notices;
    private final Map<String, Fact> byKey = new java.util.LinkedHashMap<>();

    /**
     * @param places the places, or null when the places file could not be read (places are then not checked,
     *               so that one broken file does not bury the real problems under one per fact)
     * @param notices receives a notice for every value read in a normalised form
     */
    FactValidator(Map<String, Place> places, Map<String, Indicator> indicators, SourcePrecedence precedence,
                  ProblemList problems, List<Problem> notices) {
        this.places = places;
        this.indicators = indicators;
        this.precedence = precedence;
        this.problems = problems;
        this.notices = notices;
    }

    /** Quotes of documents are looked up in these documents (none: quotes are not verified here). */
    FactValidator withQuotes(QuoteSource quotes) {
        this.quotes = quotes;
        return this;
    }

    /** The facts of the records; a record with neither value nor source (a form row left empty) is no data. */
    List<Fact> validate(List<RawRecord> records) {
        for (RawRecord r : records) {
            if (notReported(r)) continue;
            fact(r).ifPresent(f -> add(f, r));
        }
        return List.copyOf(byKey.values());
    }

    private static boolean notReported(RawRecord r) {
        return !r.has("value") && !r.has("source") && !r.has("quote") && !r.has("evidence") && !r.has("source_kind");
    }

    private Optional<Fact> fact(RawRecord r) {
        boolean ok = true;
        String placeId = placeId(r);
        ok &= placeId != null;
        Integer year = year(r);
        ok &= year != null;
        Indicator ind = indicator(r.get("indicator"));
        if (ind == null) {
            String hint = cn.tongcheng.problem.Suggestions.nearest(r.get("indicator"), indicatorNames()).map(n -> Messages.ui("fact.did-you-mean", n)).orElse("");
            problems.add(r.file(), r.line(), r.where("indicator"), "fact.unknown-indicator", r.get("indicator"), hint);
            return Optional.empty();
        }
        ValueParser.Reading value = ValueParser.read(ind, r.get("value"));
        if (!value.ok()) {
            problems.add(r.file(), r.line(), r.where("value"), value.problem(), r.get("value"), ind.id(),
                    ValueParser.expected(ind), ind.unit());
            ok = false;
        } else {
            ok &= inRange(r, ind, value.value());
            notice(r, "value", r.get("value"), value.value().display(), value.normalised());
        }
        Optional<SourceKind> kind = kind(r);
        ok &= kind.isPresent() && unitMatches(r, ind) & kind.map(k -> sourced(r, k)).orElse(false);
        if (!ok) return Optional.empty();
        String quote = r.has("quote") || !kind.get().needsQuote() ? r.get("quote") : r.get("evidence");
        return Optional.of(new Fact(placeId, year, ind.id(), value.value(), ind.unit(), r.get("source"),
                quote, r.get("note"), r.file() + ":" + r.line(), kind.get(), r.get("evidence"), List.of()));
    }

    /** The place a record names: by id, or by its Chinese or English name (嘉善县, 嘉善, Jiashan). */
    private String placeId(RawRecord r) {
        String named = r.get("place");
        if (places == null || places.containsKey(named)) return named;
        Optional<Place> byName = places.values().stream().filter(p -> p.isNamed(named)).findFirst();
        if (byName.isPresent()) return byName.get().id();
        List<String> names = new ArrayList<>();
        places.values().forEach(p -> names.addAll(List.of(p.id(), p.nameZh(), p.nameEn())));
        String hint = cn.tongcheng.problem.Suggestions.nearest(named, names).map(n -> Messages.ui("fact.did-you-mean", n)).orElse("");
        problems.add(r.file(), r.line(), r.where("place"), "fact.unknown-place", named, hint);
        return null;
    }

    /** The indicator a record names: by id, or by its Chinese or English name (white space ignored). */
    private Indicator indicator(String named) {
        Indicator byId = indicators.get(named);
        if (byId != null) return byId;
        String n = named.replaceAll("[\\s\\u3000]+", "");
        return indicators.values().stream().filter(i -> n.equals(i.nameZh().replaceAll("[\\s\\u3000]+", ""))
                || n.equalsIgnoreCase(i.nameEn().replaceAll("[\\s\\u3000]+", ""))).findFirst().orElse(null);
    }

    private List<String> indicatorNames() {
        List<String> names = new ArrayList<>();
        indicators.values().forEach(i -> names.addAll(List.of(i.id(), i.nameZh())));
        return names;
    }

    private Optional<SourceKind> kind(RawRecord r) {
        if (!r.has("source_kind")) return Optional.of(SourceKind.DOCUMENT);
        Optional<SourceKind> k = SourceKind.parse(r.get("source_kind"));
        if (k.isEmpty()) {
            problems.add(r.file(), r.line(), r.where("source_kind"), "fact.bad-source-kind", r.get("source_kind"),
                    String.join(", ", java.util.Arrays.stream(SourceKind.values()).map(x -> x.label(Messages.ui().isChinese())).toList()));
        }
        return k;
    }

    private Integer year(RawRecord r) {
        String y = r.get("year");
        List<String> notes = new ArrayList<>();
        Optional<Integer> year = ValueParser.year(y, notes);
        if (year.isPresent() && year.get() >= 1949 && year.get() <= 2100) {
            notice(r, "year", y, String.valueOf(year.get()), notes);
            return year.get();
        }
        problems.add(r.file(), r.line(), r.where("year"), "fact.bad-year", y);
        return null;
    }

    private void notice(RawRecord r, String field, String text, String readAs, List<String> normalised) {
        if (normalised.isEmpty()) return;
        String how = normalised.stream().map(n -> Messages.ui("normalised." + n)).collect(Collectors.joining(", "));
        notices.add(new Problem(r.file(), r.line(), r.where(field), "normalised", Messages.ui("notice.normalised", text, readAs, how)));
    }

    private boolean inRange(RawRecord r, Indicator ind, Value v) {
        if (!(v instanceof Value.Number n)) return true;
        double x = n.amount();
        boolean below = !Double.isNaN(ind.min()) && x < ind.min();
        boolean above = !Double.isNaN(ind.max()) && x > ind.max();
        if (below || above) {
            problems.add(r.file(), r.line(), r.where("value"), "fact.out-of-range", r.get("value"), ind.id(),
                    Numbers.format(ind.min()), Numbers.format(ind.max()));
            return false;
        }
        return true;
    }

    private boolean unitMatches(RawRecord r, Indicator ind) {
        String unit = r.get("unit");
        if (ind.unit().isEmpty() || ind.unit().equals(unit)) return true;
        problems.add(r.file(), r.line(), r.where("unit"), "fact.wrong-unit", unit, ind.id(), ind.unit());
        return false;
    }

    /** A document is proved by a quote (in the quote column, or the evidence column of a form); other sources by evidence. */
    private boolean sourced(RawRecord r, SourceKind kind) {
        boolean ok = true;
        String source = r.get("source");
        if (source.isEmpty() || (ARTICLE_LIKE.matcher(source).matches() && !ARTICLE.matcher(source).matches())) {
            problems.add(r.file(), r.line(), r.where("source"), "fact.bad-source", source);
            ok = false;
        }
        if (kind.needsQuote() && !r.has("quote") && !r.has("evidence")) {
            problems.add(r.file(), r.line(), r.where(r.cells().containsKey("quote") || !r.cells().containsKey("evidence") ? "quote" : "evidence"),
                    "fact.missing-quote");
            ok = false;
        }
        if (!kind.needsQuote() && !r.has("evidence")) {
            problems.add(r.file(), r.line(), r.where("evidence"), "fact.missing-evidence", kind.label(Messages.ui().isChinese()));
            ok = false;
        }
        if (ok && kind.needsQuote() && quotes != null) ok = quoted(r);
        return ok;
    }

    /** A document's quote stands word for word in the document of sources/ the fact names. */
    private boolean quoted(RawRecord r) {
        String quote = r.has("quote") ? r.get("quote") : r.get("evidence");
        String quoteField = r.has("quote") ? "quote" : "evidence";
        return switch (quotes.verify(r.get("source"), quote)) {
            case FOUND -> true;
            case NO_SUCH_DOCUMENT -> {
                problems.add(r.file(), r.line(), r.where("source"), "fact.unknown-document", r.get("source"),
                        String.join(", ", quotes.ids()));
                yield false;
            }
            case NOT_FOUND -> {
                String hint = quotes.foundIn(quote).map(id -> Messages.ui("fact.quote-found-in", id)).orElse("");
                problems.add(r.file(), r.line(), r.where(quoteField), "fact.quote-not-in-source", r.get("source"), hint);
                yield false;
            }
        };
    }

    /**
     * Keeps one fact per place, year and indicator. Two sources of different kinds are decided by the
     * precedence table, and the conflict is listed; two that the table does not decide are an error.
     */
    private void add(Fact f, RawRecord r) {
        String key = f.place() + "|" + f.year() + "|" + f.indicator();
        Fact before = byKey.get(key);
        if (before == null) {
            byKey.put(key, f);
            return;
        }
        Optional<Fact> winner = precedence.winner(before, f);
        if (winner.isPresent()) {
            Fact loser = winner.get() == f ? before : f;
            List<Fact> overruled = new ArrayList<>(before.overruled());
            overruled.add(loser);
            byKey.put(key, winner.get().overruling(overruled));
            notices.add(new Problem(r.file(), r.line(), r.where("value"), "source-precedence",
                    Messages.ui("notice.source-precedence", f.place(), f.year(), f.indicator(), winner.get().value().display(),
                            winner.get().source(), winner.get().origin(), loser.value().display(), loser.source(), loser.origin(),
                            precedence.origin())));
            return;
        }
        if (!before.value().equals(f.value())) {
            problems.add(r.file(), r.line(), r.where("value"), "fact.conflict", f.place(), f.year(), f.indicator(),
                    f.value().display(), before.value().display(), before.origin());
        } else {
            problems.add(r.file(), r.line(), r.where("indicator"), "fact.duplicate", f.place(), f.year(), f.indicator(),
                    before.origin());
        }
    }
}
