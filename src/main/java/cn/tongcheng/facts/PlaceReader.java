package cn.tongcheng.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.problem.ProblemList;

/** Turns the records of the places file into places, checking ids, kinds and parents. */
final class PlaceReader {
    static final Set<String> KINDS = Set.of("city", "county", "district", "country", "department");

    private final ProblemList problems;

    PlaceReader(ProblemList problems) {
        this.problems = problems;
    }

    List<Place> places(List<RawRecord> records) {
        Map<String, RawRecord> seen = new HashMap<>();
        List<Place> out = new ArrayList<>();
        for (RawRecord r : records) {
            String id = r.get("id");
            if (id.isEmpty()) {
                problems.add(r.file(), r.line(), "id", "place.missing-id");
                continue;
            }
            RawRecord before = seen.putIfAbsent(id, r);
            if (before != null) {
                problems.add(r.file(), r.line(), "id", "place.duplicate", id, before.file() + ":" + before.line());
                continue;
            }
            String kind = r.get("kind");
            if (!KINDS.contains(kind)) problems.add(r.file(), r.line(), "kind", "place.bad-kind", kind, KINDS);
            if (!r.has("zh")) problems.add(r.file(), r.line(), "zh", "place.missing-name");
            out.add(new Place(id, r.get("zh"), r.get("en"), kind, r.get("parent"),
                    ValueParser.yesNo(r.get("peer")).orElse(false), attributes(r)));
        }
        for (RawRecord r : records) {
            String parent = r.get("parent");
            if (!parent.isEmpty() && !seen.containsKey(parent)) {
                problems.add(r.file(), r.line(), "parent", "place.unknown-parent", parent);
            }
        }
        return out;
    }

    private static Map<String, String> attributes(RawRecord r) {
        Map<String, String> attrs = new HashMap<>();
        r.fields().forEach((k, v) -> {
            if (k.startsWith("attributes.")) attrs.put(k.substring("attributes.".length()), v.strip());
        });
        return attrs;
    }
}
