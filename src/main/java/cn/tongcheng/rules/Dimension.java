package cn.tongcheng.rules;

/**
 * An assessment dimension (one of the docking actions of Jiaxing's 2016 plan).
 *
 * @param headings the achievement headings of A05/A08 that map onto it
 */
public record Dimension(String id, String nameZh, String nameEn, double weight, String headings,
                        String source, String quote, String origin) {

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
