package cn.tongcheng.engine;

/**
 * A recommendation a rule made for a place and year, with the rule's text and source.
 *
 * @param indicator the indicator whose gap it answers, or empty
 * @param status    that indicator's status when the rule fired
 * @param priority  what closing the gap is worth (share of the index × points missing); null when unknown
 */
public record Recommendation(String rule, String indicator, Status status, Double priority, String zh, String en,
                             String source, String quote, String origin) {

    public String text(boolean chinese) {
        return chinese || en.isBlank() ? zh : en;
    }
}
