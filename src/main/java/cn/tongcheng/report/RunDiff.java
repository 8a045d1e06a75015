package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.tongcheng.i18n.Messages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed between two runs: per place and year the index, tier, rank, each indicator's score and status,
 * the indicators that came or went, and the recommendations that appeared or went; with the rule-base and
 * fact hashes of both runs. Compares the runs as their JSON reports hold them, whether read from files
 * ({@code tongcheng diff}) or made from two assessments in memory ({@code assess --watch}); recomputes nothing.
 */
public final class RunDiff {
    /** A place in a year, named in both languages. */
    public record PlaceYear(String place, String nameZh, String nameEn, int year) {
        String label(Messages m) {
            return (m.isChinese() || nameEn.isBlank() ? nameZh : nameEn) + " (" + place + ") " + year;
        }
    }

    /**
     * One difference: {@code what} is a message key, {@code before}/{@code after} are shown as written;
     * {@code beforeEn}/{@code afterEn} hold the English of texts that exist in both languages.
     */
    public record Change(PlaceYear placeYear, String what, String subject, String before, String after, String beforeEn,
                         String afterEn) {
        Change(PlaceYear placeYear, String what, String subject, String before, String after) {
            this(placeYear, what, subject, before, after, before, after);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private final JsonNode old;
    private final JsonNode now;
    private final List<Change> changes = new ArrayList<>();

    private RunDiff(JsonNode old, JsonNode now) {
        this.old = old;
        this.now = now;
    }

    /** The difference between two assessments in memory, as between their JSON reports. */
    public static RunDiff between(cn.tongcheng.assessment.Assessment old, cn.tongcheng.assessment.Assessment now) {
        return of(MAPPER.valueToTree(old), MAPPER.valueToTree(now));
    }

    public static RunDiff of(JsonNode old, JsonNode now) {
        RunDiff d = new RunDiff(old, now);
        d.compare();
        return d;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    private void compare() {
        Map<PlaceYear, JsonNode> before = byPlaceYear(old);
        Map<PlaceYear, JsonNode> after = byPlaceYear(now);
        for (Map.Entry<PlaceYear, JsonNode> e : after.entrySet()) {
            JsonNode was = before.get(e.getKey());
            if (was == null) changes.add(new Change(e.getKey(), "diff.place-added", "", "", ""));
            else place(e.getKey(), was, e.getValue());
        }
        for (PlaceYear key : before.keySet()) {
            if (!after.containsKey(key)) changes.add(new Change(key, "diff.place-removed", "", "", ""));
        }
    }

    private void place(PlaceYear key, JsonNode was, JsonNode is) {
        for (String field : List.of("index", "tier", "rank")) {
            String b = text(was.get(field));
            String a = text(is.get(field));
            if (!b.equals(a)) changes.add(new Change(key, "diff." + field, "", b, a));
        }
        Map<String, JsonNode> indBefore = byKey(was.get("indicators"), "indicator");
        Map<String, JsonNode> indAfter = byKey(is.get("indicators"), "indicator");
        // an indicator that gained or lost its criterion changes what the index is made of
        indBefore.forEach((id, b) -> {
            if (!indAfter.containsKey(id)) changes.add(new Change(key, "diff.indicator-removed", id, text(b.get("score")), ""));
        });
        for (Map.Entry<String, JsonNode> e : indAfter.entrySet()) {
            JsonNode b = indBefore.get(e.getKey());
            if (b == null) {
                changes.add(new Change(key, "diff.indicator-added", e.getKey(), "", text(e.getValue().get("score"))));
                continue;
            }
            for (String field : List.of("score", "status")) {
                String tb = text(b.get(field));
                String ta = text(e.getValue().get(field));
                if (!tb.equals(ta)) changes.add(new Change(key, "diff.indicator-" + field, e.getKey(), tb, ta));
            }
        }
        Map<String, JsonNode> recBefore = byKey(was.get("recommendations"), "rule");
        Map<String, JsonNode> recAfter = byKey(is.get("recommendations"), "rule");
        recAfter.forEach((rule, r) -> {
            if (!recBefore.containsKey(rule)) changes.add(new Change(key, "diff.recommendation-added", rule, "", r.path("zh").asText(),
                    "", r.path("en").asText()));
        });
        recBefore.forEach((rule, r) -> {
            if (!recAfter.containsKey(rule)) changes.add(new Change(key, "diff.recommendation-removed", rule, r.path("zh").asText(), "",
                    r.path("en").asText(), ""));
        });
    }

    /** The report, worded in the messages' language. */
    public String text(Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("diff.rules", hash(old, "rulesHash"), hash(now, "rulesHash"), same(m, "rulesHash"))).append('\n');
        out.append(m.get("diff.facts", hash(old, "factsHash"), hash(now, "factsHash"), same(m, "factsHash"))).append('\n');
        if (changes.isEmpty()) {
            out.append(m.get("diff.none")).append('\n');
            return out.toString();
        }
        return out.append(changesText(m)).toString();
    }

    /** The changes alone, place-year by place-year, then their count (empty when there are none). */
    public String changesText(Messages m) {
        if (changes.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        PlaceYear current = null;
        for (Change c : changes) {
            if (!c.placeYear().equals(current)) {
                current = c.placeYear();
                out.append('\n').append(current.label(m)).append('\n');
            }
            String before = m.isChinese() ? c.before() : c.beforeEn();
            String after = m.isChinese() ? c.after() : c.afterEn();
            out.append("  ").append(m.get(c.what(), c.subject(), shown(m, c, before), shown(m, c, after)))
                    .append('\n');
        }
        out.append('\n').append(m.get("diff.count", changes.size())).append('\n');
        return out.toString();
    }

    private String same(Messages m, String field) {
        return Objects.equals(old.path(field).asText(), now.path(field).asText()) ? m.get("diff.same") : m.get("diff.changed");
    }

    private static String hash(JsonNode run, String field) {
        return run.path(field).asText("?");
    }

    private static String shown(Messages m, Change c, String s) {
        if (s.isEmpty()) return "—";
        return c.what().equals("diff.indicator-status") ? m.get("status." + s.toLowerCase(java.util.Locale.ROOT)) : s;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        // index, score and rank: compared as shown
        return n.isNumber() ? cn.tongcheng.assessment.ScoreDisplay.of(n.asDouble()) : n.asText();
    }

    private static Map<PlaceYear, JsonNode> byPlaceYear(JsonNode run) {
        Map<PlaceYear, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode p : run.path("places")) {
            JsonNode place = p.path("place");
            m.put(new PlaceYear(place.path("id").asText(), place.path("nameZh").asText(), place.path("nameEn").asText(),
                    p.path("year").asInt()), p);
        }
        return m;
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String field) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        if (list != null) for (JsonNode n : list) m.putIfAbsent(n.path(field).asText(), n);
        return m;
    }
}
