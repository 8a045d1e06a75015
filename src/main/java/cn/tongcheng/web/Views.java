package cn.tongcheng.web;

import java.util.List;
import java.util.Map;

import cn.tongcheng.report.ReportView;

/** What each page's template shows, already worded in the page's language. */
final class Views {
    private Views() {
    }

    record Layout(String lang, String title, Map<String, String> t, List<NavItem> nav, String switchHref,
                  String switchLabel, String switchLang, String css, String body, String footer) {
    }

    record NavItem(String href, String label, boolean active) {
    }

    /** The problems that stopped an assessment, a check or the rule tests. */
    record ProblemsView(Map<String, String> t, String heading, List<ProblemRow> problems) {
    }

    record ProblemRow(String location, String code, String message, String href) {
    }

    record Dashboard(Map<String, String> t, ReportView report, ReportView.YearView year, String assessed) {
    }

    record PlacePage(Map<String, String> t, ReportView.PlaceView place, List<Gap> gaps, String overall, String back) {
    }

    /** A row of the gap table and the explanation its score opens. */
    record Gap(ReportView.IndicatorRow row, String explanation) {
    }

    record Run(Map<String, String> t, List<YearOption> years, String done, List<ReportLink> written,
               List<ReportLink> reports, ProblemsView problems) {
    }

    record YearOption(int year, boolean selected) {
    }

    record ReportLink(String name, String href, String size) {
    }

    record Rules(Map<String, String> t, String folder, List<RuleFileLink> files, CheckResult check, TestResult test,
                 ProblemsView problems) {
    }

    record RuleFileLink(String path, String href, String size) {
    }

    record CheckResult(String summary, boolean ok, List<FindingRow> findings, List<String> notices) {
    }

    record FindingRow(String severity, String location, String code, String message, String href) {
    }

    record TestResult(String summary, boolean ok, String text) {
    }

    /** A rule file: its tables, or its lines when it is text; lines and rows are numbered from 1. */
    record RuleFile(Map<String, String> t, String path, List<TableGrid> tables, List<TableGrid.Line> lines) {
    }

    record Message(Map<String, String> t, String heading, String text) {
    }

    /** The data-round page of a year: its forms, its status, and the check of a returned form when one was posted. */
    record Round(Map<String, String> t, String heading, int year, List<YearOption> years, List<ReportLink> forms, String zipHref,
                 String statusHref, RoundStatusView status, String uploadNote, UploadResult upload, ProblemsView problems) {
    }

    record RoundStatusView(String summary, List<String> dimensions, List<StatusRow> rows, String legend) {
    }

    record StatusRow(String unit, String reported, String coverage, boolean enough, List<String> dimensions, String files,
                     String missing) {
    }

    /** What the check of an uploaded form found: a message, and the problems by sheet and cell. */
    record UploadResult(boolean ok, String summary, List<ProblemRow> problems) {

        boolean listed() {
            return !problems.isEmpty();
        }
    }
}
