package cn.tongcheng.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.tongcheng.facts.Place;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.Suggestions;

/**
 * The places and attributes that criteria rows (and the annual assessment's items) name must be places and attributes
 * of the fact base: a row that names a place nobody is would silently never apply.
 */
public final class PlaceReferences {
    private PlaceReferences() {
    }

    private record Row(AppliesTo appliesTo, String origin) {
    }

    public static void check(RuleRows rows, List<Place> places, ProblemList problems) {
        Set<String> ids = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        places.forEach(p -> {
            ids.add(p.id());
            p.attributes().forEach((k, v) -> attributes.add(k + "=" + v));
        });
        Set<String> idsAndKinds = new TreeSet<>(ids);
        for (cn.tongcheng.model.PlaceKind k : cn.tongcheng.model.PlaceKind.values()) idsAndKinds.add(k.id());
        List<Row> named = new java.util.ArrayList<>();
        rows.criteria().forEach(c -> named.add(new Row(c.appliesTo(), c.origin())));
        rows.conventions().items().forEach(i -> named.add(new Row(i.appliesTo(), i.origin())));
        for (Row c : named) {
            for (AppliesTo.Term t : c.appliesTo().terms()) {
                String word = null;
                Set<String> known = null;
                if (t instanceof AppliesTo.PlaceId p && !ids.contains(p.id())) {
                    // a Chinese place name stands for its id; a slip may be one of a kind (conty → county)
                    java.util.Optional<String> byName = places.stream().filter(pl -> pl.nameZh().equals(p.id())
                            || pl.nameZh().replaceAll("[市县区]$", "").equals(p.id())).map(Place::id).findFirst();
                    if (byName.isPresent()) {
                        problems.addAt(c.origin(), "applies_to", "criteria.unknown-place", p.id(),
                                Messages.ui("check.did-you-mean", byName.get()));
                        continue;
                    }
                    word = p.id();
                    known = idsAndKinds;
                } else if (t instanceof AppliesTo.Attribute a && !attributes.contains(a.key() + "=" + a.value())) {
                    word = a.key() + "=" + a.value();
                    known = attributes;
                }
                if (word == null) continue;
                String hint = Suggestions.nearest(word, known).map(n -> Messages.ui("check.did-you-mean", n)).orElse("");
                problems.addAt(c.origin(), "applies_to", "criteria.unknown-place", word, hint);
            }
        }
    }
}
