package cn.tongcheng.model;

/** A text an author wrote in Chinese and, optionally, English. */
public record Text(String zh, String en) {

    public Text {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    /** The Chinese text for Chinese readers; the English one otherwise, or the Chinese when there is none. */
    public String in(boolean chinese) {
        return chinese || en.isBlank() ? zh : en;
    }
}
