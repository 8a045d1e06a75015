package cn.tongcheng.check;

import java.util.List;

/**
 * What {@code check} found, sorted by file and line, and what it checked.
 *
 * @param notices checks that were skipped and why (e.g. no source text for the quotes)
 */
public record CheckReport(List<Finding> findings, List<String> notices, int rules, int indicators, int facts,
                          int quotes) {

    public CheckReport {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
