package cn.tongcheng.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a figure comes from, which decides what proves it: a document of {@code sources/} is cited with a
 * verbatim quote; a statistical publication or a department's records with the source and a reference
 * (table, page, document number) as evidence.
 */
public enum SourceKind {
    DOCUMENT("document", "文件", "document", true),
    STATISTICS("statistics", "统计资料", "statistics", false),
    DEPARTMENT("department", "部门台账", "department records", false);

    private final String id;
    private final String zh;
    private final String en;
    private final boolean needsQuote;

    SourceKind(String id, String zh, String en, boolean needsQuote) {
        this.id = id;
        this.zh = zh;
        this.en = en;
        this.needsQuote = needsQuote;
    }

    public String id() {
        return id;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    /** A document is proved by a quote; the others by an evidence reference. */
    public boolean needsQuote() {
        return needsQuote;
    }

    /** The kind a cell names: its id, Chinese or English label, or a usual word for it (统计年鉴, 台账 …). */
    public static Optional<SourceKind> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Optional<SourceKind> exact = Arrays.stream(values())
                .filter(k -> k.id.equals(t) || k.zh.equals(t) || k.en.equals(t)).findFirst();
        if (exact.isPresent()) return exact;
        if (t.matches(".*(统计|年鉴|公报|statistic).*")) return Optional.of(STATISTICS);
        if (t.matches(".*(台账|部门|department|ledger).*")) return Optional.of(DEPARTMENT);
        if (t.matches(".*(文件|文章|文献|document|article).*")) return Optional.of(DOCUMENT);
        return Optional.empty();
    }
}
