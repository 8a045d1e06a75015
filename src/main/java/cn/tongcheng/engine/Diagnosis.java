package cn.tongcheng.engine;

import java.util.List;

/** A problem the diagnosis rules recognised in a place's facts and scores, with the indicators that show it. */
public record Diagnosis(String rule, List<String> evidence, String zh, String en, String source, String quote,
                        String origin) {

    public Diagnosis {
        evidence = List.copyOf(evidence);
    }

    public String text(boolean chinese) {
        return chinese || en.isBlank() ? zh : en;
    }
}
