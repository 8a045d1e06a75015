package cn.tongcheng.rules;

/**
 * An assessment dimension (one of the docking actions of Jiaxing's 2016 plan).
 *
 * @param headings the achievement headings of A05/A08 that map onto it
 * @param parent   the dimension it is part of, or empty for a dimension directly under the index
 * @param aggregation how its parts are aggregated, if not as its level's default
 */
public record Dimension(String id, String nameZh, String nameEn, double weight, String headings,
                        String source, String quote, String origin, String parent,
                        @com.fasterxml.jackson.annotation.JsonIgnore
                        java.util.Optional<cn.tongcheng.method.Aggregation> aggregation) {

    /** A dimension directly under the index, aggregated as its level says. */
    public Dimension(String id, String nameZh, String nameEn, double weight, String headings, String source,
                     String quote, String origin) {
        this(id, nameZh, nameEn, weight, headings, source, quote, origin, "", java.util.Optional.empty());
    }

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
