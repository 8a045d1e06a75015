package cn.tongcheng.model;

import java.util.Optional;

/**
 * The kind of an assessed unit: the prefecture-level city, a county (or county-level city), a district, or a city
 * department (市级部门) assessed on its tasks beside them.
 */
public enum PlaceKind implements Keyword {
    CITY("city", "市"), COUNTY("county", "县"), DISTRICT("district", "区"), DEPARTMENT("department", "部门");

    private final String id;
    private final String zh;

    PlaceKind(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    /** The id facts and rules use ({@code county}). */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String zh() {
        return zh;
    }

    /** The kind an author wrote: its id in any case, or its Chinese name (县, 区, 市, 部门). */
    public static Optional<PlaceKind> parse(String text) {
        return Keyword.parse(values(), text);
    }
}
