package cn.tongcheng.rules.table;

import static cn.tongcheng.rules.table.Column.optional;
import static cn.tongcheng.rules.table.Column.required;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of a rule base and their columns. A file is a table of the kind its name says
 * ({@code indicators.csv}, {@code 指标.csv}) or, failing that, the kind its folder says
 * ({@code recommendations/a06.csv}); a workbook may hold one table per sheet, named the same way.
 */
public enum TableKind {
    DIMENSIONS("dimensions", "维度", List.of(),
            required("id", "编号"), required("zh", "中文名称"), optional("en", "英文名称"), required("weight", "权重"),
            optional("headings", "对应标题"), optional("source", "来源"), optional("quote", "引文"),
            optional("parent", "上级"), optional("aggregation", "汇总方法")),
    INDICATORS("indicators", "指标", List.of(),
            required("id", "编号"), required("zh", "中文名称"), optional("en", "英文名称"), required("dimension", "维度"),
            required("type", "类型"), optional("unit", "单位"), optional("direction", "方向"), optional("levels", "等级"),
            optional("min", "最小值"), optional("max", "最大值"), optional("source", "来源"), optional("quote", "引文"),
            optional("note", "说明"), optional("definition", "定义"), optional("normalisation", "标准化方法"),
            optional("denominator", "分母"), optional("role", "用途")),

    TIERS("tiers", "分档", List.of(),
            required("id", "编号"), required("zh", "中文名称"), optional("en", "英文名称"), required("min", "最低指数"),
            optional("note", "说明")),
    METHOD("method", "方法", List.of(),
            required("parameter", "参数"), required("value", "取值"), optional("basis", "依据"), optional("note", "说明")),
    REASONS("reasons", "理由", List.of(),
            required("id", "编号"), required("zh", "中文"), optional("en", "英文")),
    CRITERIA("criteria", "标准", List.of("targets", "目标"),
            required("id", "编号"), optional("applies_to", "适用于"), optional("from_year", "起始年份"),
            optional("to_year", "截止年份"), required("indicator", "指标"), optional("target", "目标"),
            required("weight", "权重"), required("basis", "依据"), optional("source", "来源"), optional("quote", "引文"),
            optional("reason", "理由"), optional("reason_detail", "理由说明"), optional("reason_detail_zh", "理由说明（中文）")),
    RECOMMENDATIONS("recommendations", "建议", List.of(),
            required("id", "编号"), required("when", "触发条件"), required("indicators", "指标"),
            required("zh", "中文"), optional("en", "英文"), required("source", "来源"), required("quote", "引文")),
    DIAGNOSES("diagnoses", "诊断", List.of("diagnosis"),
            required("id", "编号"), required("when", "触发条件"), required("indicators", "指标"),
            required("zh", "中文"), optional("en", "英文"), required("source", "来源"), required("quote", "引文")),
    /** Which kind of source wins when two give one fact (read by {@code cn.tongcheng.facts.SourcePrecedence}). */
    PRECEDENCE("precedence", "来源优先顺序", List.of(),
            required("rank", "名次"), required("source_kind", "来源类型"), optional("reason", "理由")),
    /** The docking practices of the practice scoreboard (read by {@code RuleTableReader}). */
    PRACTICES("practices", "接轨做法", List.of("做法"),
            required("id", "编号"), required("zh", "中文名称"), optional("en", "英文名称"), required("indicators", "指标"),
            optional("done_from", "做到的等级"), required("source", "来源"), required("quote", "引文")),

    // The conventions of an annual target-responsibility assessment (目标责任制考核), read by ConventionReader.
    /** Its parameters: the base score, the caps, how quotas are rounded and ties resolved. */
    GRADING("grading", "考核办法", List.of("考核"),
            required("parameter", "参数"), required("value", "取值"), required("basis", "依据"), optional("source", "来源"),
            optional("quote", "引文"), optional("reason", "理由"), optional("reason_detail", "理由说明"), optional("note", "说明")),
    GRADES("grades", "等次", List.of(),
            required("id", "编号"), required("zh", "中文名称"), optional("en", "英文名称"), optional("min", "最低分"),
            optional("quota", "比例上限"), required("basis", "依据"), optional("source", "来源"), optional("quote", "引文"),
            optional("reason", "理由"), optional("reason_detail", "理由说明"), optional("note", "说明")),
    BONUS("bonus", "加分项", List.of("bonuses"), itemColumns("points", "分值")),
    DEDUCTIONS("deductions", "扣分项", List.of("deduction"), itemColumns("points", "分值")),
    VETOES("vetoes", "一票否决", List.of("veto"), itemColumns("grade", "最高等次"));

    /** The columns of a bonus, deduction or veto table; {@code effect} is its points or the grade it caps. */
    private static Column[] itemColumns(String effect, String effectZh) {
        return new Column[] {required("id", "编号"), required("zh", "中文"), optional("en", "英文"),
                optional("applies_to", "适用于"), optional("from_year", "起始年份"), optional("to_year", "截止年份"),
                required("indicator", "指标"), required("when", "触发条件"), required(effect, effectZh),
                required("basis", "依据"), optional("source", "来源"), optional("quote", "引文"), optional("reason", "理由"),
                optional("reason_detail", "理由说明")};
    }

    private final String id;
    private final String zh;
    private final List<String> aliases;
    private final List<Column> columns;

    TableKind(String id, String zh, List<String> aliases, Column... columns) {
        this.id = id;
        this.zh = zh;
        this.aliases = aliases;
        this.columns = List.of(columns);
    }

    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String header) {
        return columns.stream().filter(c -> c.named(header)).findFirst();
    }

    /** The kind a file, folder or sheet name stands for. */
    public static Optional<TableKind> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(n) || k.zh.equals(n) || k.aliases.contains(n)).findFirst();
    }

    /** Every name a table may have, for messages. */
    public static List<String> names() {
        return Arrays.stream(values()).map(k -> k.id + " (" + k.zh + ")").toList();
    }
}
