package cn.tongcheng.engine;

import java.util.Map;

import cn.tongcheng.facts.Place;

/** The place and year an advice session assesses; hand-written rules match on it ({@code PlaceYear(appliesTo("county"))}). */
public final class PlaceYear {
    private final Place place;
    private final int year;

    public PlaceYear(Place place, int year) {
        this.place = place;
        this.year = year;
    }

    public String getPlace() {
        return place.id();
    }

    public String getKind() {
        return place.kind();
    }

    public int getYear() {
        return year;
    }

    public boolean isPeer() {
        return place.peer();
    }

    public Map<String, String> getAttributes() {
        return place.attributes();
    }

    /**
     * True when the words name this place's kind, its id, or an attribute as {@code key=value}, read as the
     * criteria tables' {@code applies_to} is; an empty text applies to every place. For hand-written DRL.
     */
    public boolean appliesTo(String words) {
        return PARSED.computeIfAbsent(words == null ? "" : words, w -> cn.tongcheng.rules.AppliesTo.parse(w).appliesTo())
                .matches(place.kind(), place.id(), place.attributes());
    }

    private static final java.util.Map<String, cn.tongcheng.rules.AppliesTo> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The place itself (named so that rules see only the id as {@code place}). */
    public Place placeRecord() {
        return place;
    }
}
