package cn.tongcheng.rules;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source file of the rule base and the DRL it stands for: the file itself for {@code .drl}, the DRL
 * that {@link DrlGenerator} writes for a table. Knows where each rule starts, so that errors and
 * explanations point at the author's line or sheet row.
 *
 * @param shownName the path as shown to users, e.g. {@code rules/criteria/targets.csv}
 * @param table     true for a table: lines are then the table's rows
 */
public record RuleFile(String shownName, String drl, boolean table, String packageName,
                       Map<String, Integer> ruleLines, TreeMap<Integer, Integer> drlLineToSourceLine) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"|^\\s*rule\\s+(\\S+)");
    private static final Pattern TABLE_ROW = Pattern.compile("^// row (\\d+)");

    public static RuleFile of(String shownName, String drl, boolean table) {
        String pkg = "defaultpkg";
        Map<String, Integer> ruleLines = new TreeMap<>();
        TreeMap<Integer, Integer> lineMap = new TreeMap<>();
        String[] lines = drl.split("\n", -1);
        int pendingRow = 0;
        for (int i = 0; i < lines.length; i++) {
            int drlLine = i + 1;
            Matcher m;
            if ((m = PACKAGE.matcher(lines[i])).find()) pkg = m.group(1);
            if (table && (m = TABLE_ROW.matcher(lines[i])).find()) pendingRow = Integer.parseInt(m.group(1));
            if ((m = RULE.matcher(lines[i])).find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                int sourceLine = table ? pendingRow : drlLine;
                ruleLines.put(name, sourceLine);
                lineMap.put(drlLine, sourceLine);
            }
        }
        return new RuleFile(shownName, drl, table, pkg, ruleLines, lineMap);
    }

    /** The author's line (or table row) for a line of the DRL; for a table's header, 0. */
    public int sourceLine(int drlLine) {
        if (!table) return drlLine;
        Map.Entry<Integer, Integer> e = drlLineToSourceLine.floorEntry(drlLine);
        return e == null ? 0 : e.getValue();
    }

    /** The text of a line of the (generated) DRL, trimmed; empty when out of range. */
    public String drlLine(int drlLine) {
        String[] lines = drl.split("\n", -1);
        return drlLine >= 1 && drlLine <= lines.length ? lines[drlLine - 1].strip() : "";
    }
}
