package cn.tongcheng.sandbox;

/**
 * One forbidden thing in a rule file.
 *
 * @param line the line of the DRL (for a decision table, of the DRL generated from it); 0 when unknown
 * @param code the message code, {@code rules.forbidden…} or {@code rules.unicode-escape}
 * @param name the refused name or construct, as the author wrote it or as the compiled code names it
 */
public record Violation(int line, String code, String name) {
}
