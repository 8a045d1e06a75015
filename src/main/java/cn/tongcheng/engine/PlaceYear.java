package cn.tongcheng.engine;

import java.util.Arrays;
import java.util.Map;

import cn.tongcheng.facts.Place;

/** The place and year a session assesses; criteria tables match on it ({@code PlaceYear(appliesTo("county"))}). */
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
     * True when any of the words (separated by {@code /}, {@code ,}, {@code 、} or spaces) names this place's
     * kind, its id, or an attribute as {@code key=value}; an empty text applies to every place.
     */
    public boolean appliesTo(String words) {
        if (words == null || words.isBlank()) return true;
        return Arrays.stream(words.split("[/,、\\s]+")).filter(w -> !w.isEmpty()).anyMatch(this::matches);
    }

    private boolean matches(String word) {
        int eq = word.indexOf('=');
        if (eq > 0) return word.substring(eq + 1).equals(place.attributes().get(word.substring(0, eq)));
        return word.equals(place.kind()) || word.equals(place.id());
    }

    /** The place itself (named so that rules see only the id as {@code place}). */
    public Place placeRecord() {
        return place;
    }
}
