package cn.tongcheng.method;

import java.util.Optional;

/**
 * One node of an index structure: an indicator (a leaf, with a direction) or an aggregate (pillar, sub-index,
 * index ...). {@code parent} is empty for a root.
 */
public record Node(String code, Kind kind, Optional<String> parent, double weight, Direction direction) {

    public enum Kind { INDICATOR, AGGREGATE }

    public Node {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a node needs a code");
        parent = parent == null ? Optional.empty() : parent.filter(p -> !p.isBlank());
        if (!(weight >= 0) || Double.isInfinite(weight))
            throw new IllegalArgumentException("weight of " + code + " must be a finite number ≥ 0, not " + weight);
        direction = direction == null ? Direction.HIGHER : direction;
    }

    public static Node indicator(String code, String parent, Direction direction, double weight) {
        return new Node(code, Kind.INDICATOR, Optional.ofNullable(parent), weight, direction);
    }

    public static Node aggregate(String code, String parent, double weight) {
        return new Node(code, Kind.AGGREGATE, Optional.ofNullable(parent), weight, Direction.HIGHER);
    }

    public boolean isIndicator() {
        return kind == Kind.INDICATOR;
    }
}
