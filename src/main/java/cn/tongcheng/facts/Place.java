package cn.tongcheng.facts;

import java.util.Map;

/**
 * A place that is assessed or compared with.
 *
 * @param kind {@code city}, {@code county}, {@code district} or {@code department} (a city department, 市级部门)
 * @param parent the id of the city it belongs to, or empty
 * @param peer true for places outside Jiaxing that serve for comparison (横比); they are not ranked
 * @param attributes further attributes (e.g. {@code borders: shanghai}) that targets may depend on
 */
public record Place(String id, String nameZh, String nameEn, String kind, String parent, boolean peer,
                    Map<String, String> attributes) {

    public Place {
        attributes = Map.copyOf(attributes);
    }

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }

    /** True when a text names this place: its id, its Chinese or English name, or its Chinese name without 市/县/区. */
    public boolean isNamed(String text) {
        String w = text.strip();
        String shortZh = nameZh.replaceAll("[市县区]$", "");
        return w.equalsIgnoreCase(id) || w.equals(nameZh) || w.equals(shortZh) || (!nameEn.isBlank() && w.equalsIgnoreCase(nameEn));
    }

    /**
     * Counties and districts of the assessed city are ranked against each other; the city, peers and departments
     * (assessed on other indicators, their tasks) are not.
     */
    public boolean ranked() {
        return !peer && !"city".equals(kind) && !"department".equals(kind);
    }

    /** The units the annual assessment grades: counties, districts and city departments, not the city or peers. */
    public boolean graded() {
        return !peer && !"city".equals(kind);
    }
}
