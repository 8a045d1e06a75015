package cn.tongcheng.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;

/**
 * Which kind of source wins when two give a figure for the same place, year and indicator, as the plain
 * table {@code rules/sources/precedence.csv} says (columns {@code rank, source_kind, reason} or 名次, 来源类型, 理由;
 * rank 1 wins; CSV as Excel saves it, UTF-8 or GBK).
 * Kinds the table does not rank, and two sources of one kind, are not decided: the conflict stays an error.
 */
public record SourcePrecedence(List<SourceKind> order, String origin) {
    /** Where the table lives below the rules folder. */
    public static final String FILE = "sources/precedence.csv";

    /** Chinese headers policy staff may write instead of the ids. */
    private static final java.util.Map<String, String> HEADERS = java.util.Map.of("名次", "rank", "优先顺序", "rank",
            "来源类型", "source_kind", "理由", "reason", "说明", "reason");

    public static final SourcePrecedence NONE = new SourcePrecedence(List.of(), "");

    public SourcePrecedence {
        order = List.copyOf(order);
    }

    /** The source that wins, or empty when the table does not decide between the two. */
    public Optional<Fact> winner(Fact a, Fact b) {
        int ra = order.indexOf(a.kind());
        int rb = order.indexOf(b.kind());
        if (ra < 0 || rb < 0 || ra == rb) return Optional.empty();
        return Optional.of(ra < rb ? a : b);
    }

    /** Reads the table of a rules folder; no table means no precedence. Problems go to the list. */
    public static SourcePrecedence read(Path rulesDir, ProblemList problems) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return NONE;
        String shown = ShownPath.of(file);
        List<RawRecord> rows = new ArrayList<>(new RecordReader(null, problems).read(file, shown).stream()
                .map(r -> r.renamed(h -> HEADERS.getOrDefault(h.strip(), h))).toList());
        rows.sort(java.util.Comparator.comparingInt(r -> rank(r).orElse(Integer.MAX_VALUE)));
        List<SourceKind> order = new ArrayList<>();
        for (RawRecord r : rows) {
            Optional<Integer> rank = rank(r);
            Optional<SourceKind> kind = SourceKind.parse(r.get("source_kind"));
            if (rank.isEmpty()) problems.add(r.file(), r.line(), "rank", "precedence.bad-rank", r.get("rank"));
            if (kind.isEmpty()) problems.add(r.file(), r.line(), "source_kind", "precedence.bad-kind", r.get("source_kind"),
                    String.join(", ", java.util.Arrays.stream(SourceKind.values()).map(SourceKind::id).toList()));
            else if (order.contains(kind.get())) problems.add(r.file(), r.line(), "source_kind", "precedence.duplicate", r.get("source_kind"));
            else if (rank.isPresent()) order.add(kind.get());
        }
        return new SourcePrecedence(order, shown);
    }

    private static Optional<Integer> rank(RawRecord r) {
        return ValueParser.number(r.get("rank")).filter(d -> d >= 1 && d == Math.rint(d)).map(Double::intValue);
    }
}
