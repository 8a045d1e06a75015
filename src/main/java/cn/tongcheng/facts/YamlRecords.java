package cn.tongcheng.facts;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tongcheng.problem.ProblemList;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the records of a YAML file from the text of each value as written, never from what a YAML 1.1
 * reader makes of it: {@code no} stays the word no. A value that YAML 1.1 would read as something other
 * than its text ({@code 0x1A} as 26, {@code 012} as 10, {@code 1_000} as 1000, {@code 1:30} as 90,
 * {@code on} as yes, {@code .inf}) is refused unless quoted; so is a key given twice in a record, and
 * anything in the file besides its one list of records.
 */
final class YamlRecords {
    /** Numbers YAML 1.1 reads in another base or with separators, and its infinities and NaN. */
    private static final Pattern YAML11_NUMBER = Pattern.compile(
            "[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7_]+"
                    + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
                    + "|[-+]?[0-9][0-9_]*_[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?[0-9]*\\.[0-9_]*_[0-9_]*"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    /** YAML 1.1 booleans whose word does not say yes or no: on, off. */
    private static final Pattern YAML11_SWITCH = Pattern.compile("on|On|ON|off|Off|OFF");
    private static final Pattern YAML_NULL = Pattern.compile("~|null|Null|NULL|");

    private final String shownName;
    private final ProblemList problems;

    YamlRecords(String shownName, ProblemList problems) {
        this.shownName = shownName;
        this.problems = problems;
    }

    List<RawRecord> read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, RecordReader.MAX_FILE_BYTES));
        options.setAllowDuplicateKeys(true); // seen and reported below, with their line
        List<Node> documents = new ArrayList<>();
        try {
            new Yaml(options).composeAll(new StringReader(text)).forEach(documents::add);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(shownName, m == null ? 0 : m.getLine() + 1, "", "file.malformed", firstLine(e.getProblem()));
            return List.of();
        } catch (YAMLException e) {
            problems.add(shownName, 0, "", "file.malformed", firstLine(e.getMessage()));
            return List.of();
        }
        if (documents.isEmpty()) return List.of();
        for (Node extra : documents.subList(1, documents.size())) {
            problems.add(shownName, line(extra), "", "file.extra-content", "---", "");
        }
        if (documents.size() > 1) return List.of();
        return records(documents.get(0));
    }

    private List<RawRecord> records(Node root) {
        SequenceNode list;
        if (root instanceof SequenceNode s) {
            list = s;
        } else if (root instanceof MappingNode m && !m.getValue().isEmpty()
                && m.getValue().get(0).getValueNode() instanceof SequenceNode s) {
            list = s;
            String listKey = keyText(m.getValue().get(0));
            boolean extra = false;
            for (NodeTuple t : m.getValue().subList(1, m.getValue().size())) {
                problems.add(shownName, line(t.getKeyNode()), "", "file.extra-content", keyText(t), listKey);
                extra = true;
            }
            if (extra) return List.of();
        } else {
            problems.add(shownName, line(root), "", "file.not-a-list");
            return List.of();
        }
        List<RawRecord> out = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problems.add(shownName, line(item), "", "file.not-a-record");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            if (flatten("", m, fields)) out.add(new RawRecord(shownName, line(item), fields));
        }
        return out;
    }

    /** False when the record has a problem (a key twice, a value YAML 1.1 would misread). */
    private boolean flatten(String prefix, MappingNode node, Map<String, String> into) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = prefix + keyText(t).strip().toLowerCase(Locale.ROOT);
            Integer before = seen.putIfAbsent(key, line(t.getKeyNode()));
            if (before != null) {
                problems.add(shownName, line(t.getKeyNode()), key, "file.duplicate-key");
                ok = false;
                continue;
            }
            Node v = t.getValueNode();
            if (v instanceof MappingNode m) {
                ok &= flatten(key + ".", m, into);
            } else if (v instanceof ScalarNode s) {
                if (s.getScalarStyle() == ScalarStyle.PLAIN && YAML_NULL.matcher(s.getValue()).matches()) continue;
                if (s.getScalarStyle() == ScalarStyle.PLAIN && misread(s.getValue())) {
                    problems.add(shownName, line(s), key, "yaml.ambiguous", s.getValue());
                    ok = false;
                    continue;
                }
                into.put(key, s.getValue());
            } else if (v instanceof SequenceNode seq) {
                // a list arrives as JSON text, as from a JSON file (rule tests list rule names so)
                com.fasterxml.jackson.databind.JsonNode json = json(seq, key);
                if (json == null) ok = false;
                else into.put(key, json.toString());
            }
        }
        return ok;
    }

    /** The node as JSON with its scalars' text as written; null (and a problem) for a value YAML 1.1 would misread. */
    private com.fasterxml.jackson.databind.JsonNode json(Node n, String key) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (n instanceof ScalarNode s) {
            if (s.getScalarStyle() != ScalarStyle.PLAIN) return f.textNode(s.getValue());
            if (YAML_NULL.matcher(s.getValue()).matches()) return f.nullNode();
            if (misread(s.getValue())) {
                problems.add(shownName, line(s), key, "yaml.ambiguous", s.getValue());
                return null;
            }
            return f.textNode(s.getValue());
        }
        if (n instanceof SequenceNode seq) {
            com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
            for (Node item : seq.getValue()) {
                com.fasterxml.jackson.databind.JsonNode j = json(item, key);
                if (j == null) return null;
                a.add(j);
            }
            return a;
        }
        com.fasterxml.jackson.databind.node.ObjectNode o = f.objectNode();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            com.fasterxml.jackson.databind.JsonNode j = json(t.getValueNode(), key);
            if (j == null) return null;
            o.set(keyText(t), j);
        }
        return o;
    }

    /** True for plain text that a YAML 1.1 reader turns into a value its text does not say. */
    static boolean misread(String plain) {
        return YAML11_NUMBER.matcher(plain).matches() || YAML11_SWITCH.matcher(plain).matches();
    }

    private static String keyText(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String firstLine(String s) {
        String m = s == null ? "" : s.lines().findFirst().orElse("").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
