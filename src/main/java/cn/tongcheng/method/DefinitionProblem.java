package cn.tongcheng.method;

/**
 * Something wrong with an index structure or a method (not with the data), about one subject (a node code,
 * an indicator, a unit); the caller knows which table row that subject came from.
 */
public record DefinitionProblem(String subject, Kind kind, String detail) {

    public enum Kind {
        DUPLICATE_CODE, UNKNOWN_PARENT, PARENT_IS_INDICATOR, CYCLE, EMPTY_AGGREGATE, NO_INDICATORS,
        UNKNOWN_NODE, UNKNOWN_INDICATOR, UNKNOWN_UNIT, UNKNOWN_VARIABLE
    }

    @Override
    public String toString() {
        return subject + ": " + kind + (detail.isEmpty() ? "" : ": " + detail);
    }
}
