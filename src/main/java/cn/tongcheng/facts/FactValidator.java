package cn.tongcheng.facts;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final ProblemList problems;
    private final List<Problem> notices;
    private final Map<String, Fact> byKey = new HashMap<>();

    /**
     * @param places the places, or null when the places file could not be read (places are then not checked,
     *               so that one broken file does not bury the real problems under one per fact)
     * @param notices receives a notice for every value read in a normalised form
     */
    FactValidator(Map<String, Place> places, Map<String, Indicator> indicators, ProblemList problems,
                  List<Problem> notices) {
        this.places = places;
        this.indicators = indicators;
        this.problems = problems;
        this.notices = notices;
    }

    List<Fact> validate(List<RawRecord> records) {
        List<Fact> out = new ArrayList<>();
        for (RawRecord r : records) {
            fact(r).ifPresent(f -> {
                if (isNew(f, r)) out.add(f);
            });
        }
        return out;
    }

    private Optional<Fact> fact(RawRecord r) {
        boolean ok = true;
        String placeId = r.get("place");
        if (places != null && !places.containsKey(placeId)) {
            problems.add(r.file(), r.line(), r.where("place"), "fact.unknown-place", placeId);
            ok = false;
        }
        Integer year = year(r);
        ok &= year != null;
        Indicator ind = indicators.get(r.get("indicator"));
        if (ind == null) {
            problems.add(r.file(), r.line(), r.where("indicator"), "fact.unknown-indicator", r.get("indicator"));
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
        ok &= unitMatches(r, ind) & sourced(r);
        if (!ok) return Optional.empty();
        return Optional.of(new Fact(placeId, year, ind.id(), value.value(), ind.unit(), r.get("source"),
                r.get("quote"), r.get("note"), r.file() + ":" + r.line()));
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

    private boolean sourced(RawRecord r) {
        boolean ok = true;
        String source = r.get("source");
        if (source.isEmpty() || (ARTICLE_LIKE.matcher(source).matches() && !ARTICLE.matcher(source).matches())) {
            problems.add(r.file(), r.line(), r.where("source"), "fact.bad-source", source);
            ok = false;
        }
        if (!r.has("quote")) {
            problems.add(r.file(), r.line(), r.where("quote"), "fact.missing-quote");
            ok = false;
        }
        return ok;
    }

    private boolean isNew(Fact f, RawRecord r) {
        String key = f.place() + "|" + f.year() + "|" + f.indicator();
        Fact before = byKey.putIfAbsent(key, f);
        if (before == null) return true;
        if (!before.value().equals(f.value())) {
            problems.add(r.file(), r.line(), r.where("value"), "fact.conflict", f.place(), f.year(), f.indicator(),
                    f.value().display(), before.value().display(), before.origin());
        } else {
            problems.add(r.file(), r.line(), r.where("indicator"), "fact.duplicate", f.place(), f.year(), f.indicator(),
                    before.origin());
        }
        return false;
    }
}
