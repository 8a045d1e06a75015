package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index as a tree (or a forest) of any depth: indicators are leaves, aggregates have children. The level
 * of a node is its height: 1 for an indicator, 1 + the highest level of its children for an aggregate, so
 * indicator → pillar → sub-index → index gives levels 1, 2, 3, 4. Nodes keep the order they were given in.
 */
public final class IndexStructure {
    private final Map<String, Node> nodes;
    private final Map<String, List<String>> children;
    private final Map<String, Integer> levels;
    private final List<String> bottomUp;
    private final Map<String, Integer> positions = new java.util.HashMap<>();

    private IndexStructure(Map<String, Node> nodes, Map<String, List<String>> children,
            Map<String, Integer> levels, List<String> bottomUp) {
        this.nodes = nodes;
        this.children = children;
        this.levels = levels;
        this.bottomUp = bottomUp;
        for (String code : nodes.keySet()) positions.put(code, positions.size());
    }

    /** Builds the structure, or throws a {@link DefinitionException} listing every problem. */
    public static IndexStructure of(List<Node> nodeList) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node n : nodeList) {
            if (nodes.putIfAbsent(n.code(), n) != null)
                problems.add(new DefinitionProblem(n.code(), DefinitionProblem.Kind.DUPLICATE_CODE, ""));
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Node n : nodes.values()) children.put(n.code(), new ArrayList<>());
        for (Node n : nodes.values()) {
            n.parent().ifPresent(p -> {
                Node parent = nodes.get(p);
                if (parent == null) {
                    problems.add(new DefinitionProblem(n.code(), DefinitionProblem.Kind.UNKNOWN_PARENT, p));
                } else if (parent.isIndicator()) {
                    problems.add(new DefinitionProblem(n.code(), DefinitionProblem.Kind.PARENT_IS_INDICATOR, p));
                } else {
                    children.get(p).add(n.code());
                }
            });
        }
        if (nodes.values().stream().noneMatch(Node::isIndicator))
            problems.add(new DefinitionProblem("(structure)", DefinitionProblem.Kind.NO_INDICATORS, ""));
        for (Node n : nodes.values()) {
            if (!n.isIndicator() && children.get(n.code()).isEmpty())
                problems.add(new DefinitionProblem(n.code(), DefinitionProblem.Kind.EMPTY_AGGREGATE, ""));
        }
        for (Node n : nodes.values()) {
            Set<String> seen = new java.util.LinkedHashSet<>();
            Optional<String> up = Optional.of(n.code());
            while (up.isPresent() && nodes.containsKey(up.get())) {
                if (!seen.add(up.get())) {
                    problems.add(new DefinitionProblem(n.code(), DefinitionProblem.Kind.CYCLE, String.join(" → ", seen)));
                    break;
                }
                up = nodes.get(up.get()).parent();
            }
        }
        if (!problems.isEmpty()) throw new DefinitionException(problems);

        Map<String, Integer> levels = new LinkedHashMap<>();
        List<String> bottomUp = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.parent().isEmpty()) level(n.code(), children, levels, bottomUp);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new IndexStructure(Collections.unmodifiableMap(nodes), Collections.unmodifiableMap(frozen),
                Collections.unmodifiableMap(levels), List.copyOf(bottomUp));
    }

    private static int level(String code, Map<String, List<String>> children, Map<String, Integer> levels,
            List<String> bottomUp) {
        int level = 1;
        for (String child : children.get(code)) level = Math.max(level, 1 + level(child, children, levels, bottomUp));
        levels.put(code, level);
        bottomUp.add(code);
        return level;
    }

    /** The same tree with each node's weight replaced by {@code weight.apply(node)}. */
    public IndexStructure withWeights(java.util.function.ToDoubleFunction<Node> weight) {
        List<Node> reweighted = new ArrayList<>();
        for (Node n : nodes.values())
            reweighted.add(new Node(n.code(), n.kind(), n.parent(), weight.applyAsDouble(n), n.direction()));
        return of(reweighted);
    }

    public Node node(String code) {
        Node n = nodes.get(code);
        if (n == null) throw new IllegalArgumentException("no node " + code + " in the index structure");
        return n;
    }

    /** The node's position in {@link #nodes()}: results are stored in arrays by it. */
    public int position(String code) {
        Integer p = positions.get(code);
        if (p == null) throw new IllegalArgumentException("no node " + code + " in the index structure");
        return p;
    }

    public boolean contains(String code) {
        return nodes.containsKey(code);
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Node> indicators() {
        return nodes.values().stream().filter(Node::isIndicator).toList();
    }

    public List<Node> aggregates() {
        return nodes.values().stream().filter(n -> !n.isIndicator()).toList();
    }

    public List<String> children(String code) {
        node(code);
        return children.get(code);
    }

    public int level(String code) {
        node(code);
        return levels.get(code);
    }

    public List<Node> roots() {
        return nodes.values().stream().filter(n -> n.parent().isEmpty()).toList();
    }

    /** Every node after all of its children: the order in which aggregates can be computed. */
    public List<String> bottomUp() {
        return bottomUp;
    }
}
