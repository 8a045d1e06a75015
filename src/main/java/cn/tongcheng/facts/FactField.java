package cn.tongcheng.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns a fact file or a returned form may have, each with its id, its Chinese and English headers
 * and the other headers offices write for it. A header is matched with white space, case and a trailing
 * {@code *} ignored. Columns marked {@code informational} are what a form shows for reference (name,
 * definition, the previous year …): accepted and not read.
 */
public enum FactField {
    PLACE("place", "地区", "Place", false, "地区名称", "填报单位", "县（市、区）", "县市区"),
    YEAR("year", "年份", "Year", false, "年度"),
    INDICATOR("indicator", "指标编号", "Indicator id", false, "指标", "指标代码", "指标id"),
    NAME("name", "指标名称", "Indicator", true),
    DIMENSION("dimension", "维度", "Dimension", true, "领域"),
    DEFINITION("definition", "定义与统计口径", "Definition and scope", true, "定义", "统计口径", "指标解释"),
    UNIT("unit", "计量单位", "Unit", false, "单位"),
    TYPE("type", "类型", "Type", true, "数据类型"),
    RANGE("range", "取值范围", "Range", true, "范围"),
    PREVIOUS_VALUE("previous_value", "上年数值", "Previous year's value", true, "上年值"),
    PREVIOUS_SOURCE("previous_source", "上年来源", "Previous year's source", true),
    VALUE("value", "填报值", "Value", false, "数值", "值", "本年数值", "数据"),
    SOURCE_KIND("source_kind", "来源类型", "Kind of source", false, "来源种类"),
    SOURCE("source", "来源", "Source", false, "数据来源", "出处"),
    EVIDENCE("evidence", "佐证", "Evidence", false, "依据", "佐证材料", "证明材料"),
    QUOTE("quote", "引文", "Quote", false, "原文"),
    NOTE("note", "备注", "Note", false, "说明"),
    CONTACT("contact", "联系人", "Contact", false, "填报人", "联系人及电话");

    /** The fields every fact needs. */
    public static final List<FactField> REQUIRED = List.of(PLACE, YEAR, INDICATOR, VALUE);

    private final String id;
    private final String zh;
    private final String en;
    private final boolean informational;
    private final List<String> aliases;

    FactField(String id, String zh, String en, boolean informational, String... aliases) {
        this.id = id;
        this.zh = zh;
        this.en = en;
        this.informational = informational;
        this.aliases = List.of(aliases);
    }

    public String id() {
        return id;
    }

    public String header(boolean chinese) {
        return chinese ? zh : en;
    }

    public boolean informational() {
        return informational;
    }

    /** The field a header names: its id, its Chinese or English header, or another usual header. */
    public static Optional<FactField> ofHeader(String header) {
        String h = key(header);
        return Arrays.stream(values()).filter(f -> f.names().anyMatch(n -> key(n).equals(h))).findFirst();
    }

    /** Every header a field is known by, for suggestions. */
    public Stream<String> names() {
        return Stream.concat(Stream.of(id, zh, en), aliases.stream());
    }

    private static String key(String s) {
        return s.replaceAll("[\\s\\u3000]+", "").replaceAll("[*＊]$", "").toLowerCase(Locale.ROOT);
    }
}
