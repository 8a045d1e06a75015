package cn.tongcheng.rules;

/** A tier of the overall index: places whose index is at least {@code minIndex} belong to it. */
public record Tier(String id, String nameZh, String nameEn, double minIndex, String origin) {

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
