package cn.tongcheng.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import cn.tongcheng.rules.AppliesTo;
import cn.tongcheng.rules.CriterionRow;

/**
 * What the criteria rows read of a place-year, and nothing else: its kind, its id if some row names it, the
 * attributes some row reads, and the year ({@code PlaceProfile(kind == "county", year >= 2010)}). Place-years
 * with equal profiles get the same criteria, so the criteria round runs once per profile, not per place-year.
 */
public final class PlaceProfile {
    private final String kind;
    private final String place;
    private final Map<String, String> attributes;
    private final int year;

    private PlaceProfile(String kind, String place, Map<String, String> attributes, int year) {
        this.kind = kind;
        this.place = place;
        this.attributes = attributes;
        this.year = year;
    }

    public String getKind() {
        return kind;
    }

    /** The place's id when a criteria row names it, else empty. */
    public String getPlace() {
        return place;
    }

    /** The place's attributes that some criteria row reads. */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    public int getYear() {
        return year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceProfile p && year == p.year && kind.equals(p.kind) && place.equals(p.place)
                && attributes.equals(p.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, place, attributes, year);
    }

    @Override
    public String toString() {
        return kind + (place.isEmpty() ? "" : " " + place) + (attributes.isEmpty() ? "" : " " + attributes) + " " + year;
    }

    /** Makes the profiles of place-years from what a rule base's criteria rows read. */
    static final class Reader {
        private final Set<String> places = new HashSet<>();
        private final Set<String> keys = new HashSet<>();

        Reader(List<CriterionRow> rows) {
            for (CriterionRow row : rows) {
                for (AppliesTo.Term t : row.appliesTo().terms()) {
                    if (t instanceof AppliesTo.PlaceId p) places.add(p.id());
                    else if (t instanceof AppliesTo.Attribute a) keys.add(a.key());
                }
            }
        }

        PlaceProfile of(PlaceYear py) {
            Map<String, String> read = new TreeMap<>();
            py.getAttributes().forEach((k, v) -> {
                if (keys.contains(k)) read.put(k, v);
            });
            return new PlaceProfile(py.getKind(), places.contains(py.getPlace()) ? py.getPlace() : "", Map.copyOf(read),
                    py.getYear());
        }
    }
}
