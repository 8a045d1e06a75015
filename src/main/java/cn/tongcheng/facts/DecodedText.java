package cn.tongcheng.facts;

/** The text of a file and the character set it was decoded from. */
public record DecodedText(String text, String charset, boolean hadBom) {
}
