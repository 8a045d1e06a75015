package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.tongcheng.model.PlaceKind;

/**
 * Which places a row applies to: any of its terms (a kind, a place id, or an attribute {@code key=value});
 * no terms means every place. A city department (市级部门) is assessed on its tasks, not on the places' indicators:
 * only rows that name it (its kind {@code department}, its id or an attribute) apply to it.
 */
public record AppliesTo(List<Term> terms) {

    public static final AppliesTo EVERY_PLACE = new AppliesTo(List.of());
    /** Words are separated by / , 、 ; | or spaces, also as a Chinese input method types them. */
    private static final Pattern SEPARATOR = Pattern.compile("[/,、，／|｜;；\\s\u3000]+");
    private static final Pattern AROUND_EQUALS = Pattern.compile("[\\s\u3000]*[=＝][\\s\u3000]*");

    /** What a text of words made of: the terms, and the words that are none (a table refuses those). */
    public record Parse(AppliesTo appliesTo, List<String> refused) {
    }

    /**
     * Reads {@code county/district}, {@code 县、区}, {@code pinghu}, {@code borders=shanghai} (also
     * {@code borders = shanghai}); an empty text applies to every place. A word that is neither a kind nor
     * {@code key=value} is taken for a place id, which the places of the facts confirm or refuse.
     */
    public static Parse parse(String text) {
        List<Term> terms = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        String t = text == null ? "" : AROUND_EQUALS.matcher(text.strip()).replaceAll("=");
        for (String word : SEPARATOR.split(t)) {
            if (word.isEmpty()) continue;
            int eq = word.indexOf('=');
            Optional<PlaceKind> kind = PlaceKind.parse(word);
            if (kind.isPresent()) terms.add(new Kind(kind.get()));
            else if (eq > 0 && RuleTableReader.SAFE.matcher(word.substring(0, eq)).matches()
                    && RuleTableReader.SAFE.matcher(word.substring(eq + 1)).matches()) {
                terms.add(new Attribute(word.substring(0, eq), word.substring(eq + 1)));
            } else if (eq < 0 && RuleTableReader.SAFE.matcher(word).matches()) terms.add(new PlaceId(word));
            else refused.add(word);
        }
        return new Parse(new AppliesTo(terms), refused);
    }

    public AppliesTo {
        terms = List.copyOf(terms);
    }

    public sealed interface Term permits Kind, PlaceId, Attribute {
        boolean matches(String kind, String place, Map<String, String> attributes);
    }

    public record Kind(PlaceKind kind) implements Term {
        public boolean matches(String kind, String place, Map<String, String> attributes) {
            return this.kind.id().equals(kind);
        }
    }

    public record PlaceId(String id) implements Term {
        public boolean matches(String kind, String place, Map<String, String> attributes) {
            return id.equals(place);
        }
    }

    public record Attribute(String key, String value) implements Term {
        public boolean matches(String kind, String place, Map<String, String> attributes) {
            return value.equals(attributes.get(key));
        }
    }

    public boolean everyPlace() {
        return terms.isEmpty();
    }

    public boolean matches(String kind, String place, Map<String, String> attributes) {
        if (terms.isEmpty()) return !PlaceKind.DEPARTMENT.id().equals(kind);
        return terms.stream().anyMatch(t -> t.matches(kind, place, attributes));
    }
}
