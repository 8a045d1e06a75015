package cn.tongcheng.rules;

import java.util.List;
import java.util.Map;

import cn.tongcheng.model.PlaceKind;

/**
 * Which places a row applies to: any of its terms (a kind, a place id, or an attribute {@code key=value});
 * no terms means every place.
 */
public record AppliesTo(List<Term> terms) {

    public static final AppliesTo EVERY_PLACE = new AppliesTo(List.of());

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
        return terms.isEmpty() || terms.stream().anyMatch(t -> t.matches(kind, place, attributes));
    }
}
