package cn.tongcheng.method;

import java.util.Set;

/**
 * Whose indicator stages (raw → denominated → imputed → treated → normalised) a computation keeps. Every unit's
 * scores, ranks and aggregates are always kept; the stages before the score only for these units, because a
 * national run has millions of them and only an explanation or a tidy export reads them.
 *
 * @param everyUnit every unit's stages
 * @param units     otherwise, the units whose stages are kept (none when empty)
 */
public record StagesKept(boolean everyUnit, Set<String> units) {
    public static final StagesKept ALL = new StagesKept(true, Set.of());
    public static final StagesKept NONE = new StagesKept(false, Set.of());

    public StagesKept {
        units = Set.copyOf(units);
    }

    /** The stages of these units only. */
    public static StagesKept of(Set<String> units) {
        return new StagesKept(false, units);
    }

    public boolean keeps(String unit) {
        return everyUnit || units.contains(unit);
    }
}
