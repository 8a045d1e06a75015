package cn.tongcheng.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.report.AtomicFiles;
import cn.tongcheng.report.ReportFiles;
import cn.tongcheng.report.ReportFormat;
import cn.tongcheng.report.ReportWriter;

/**
 * The project's latest assessment as the web app shows it: assessed on first use (the latest year with facts),
 * again when the user runs one, and again for the same years on the first page after a rule or fact file
 * changed. One run at a time.
 */
final class Workspace {
    /** An assessment, or the problems that stopped it, and the years that have facts. */
    record Outcome(Assessment assessment, String stage, List<Problem> problems, List<Integer> yearsWithFacts) {

        boolean failed() {
            return assessment == null;
        }
    }

    private final Project project;
    private Outcome latest;
    private List<Integer> years = List.of();
    private volatile boolean stale;

    Workspace(Project project) {
        this.project = project;
    }

    Project project() {
        return project;
    }

    synchronized Outcome latest() {
        if (latest == null || stale) latest = assess(years);
        return latest;
    }

    /** A rule or fact file changed: the next page assesses again. */
    void changed() {
        stale = true;
    }

    /** Assesses a year (every year's facts for comparisons are those of the years asked); the result becomes the latest. */
    synchronized Outcome assess(List<Integer> years) {
        this.years = List.copyOf(years);
        stale = false;
        Assessor.Request request = new Assessor.Request(project.rules(), project.facts(), years, List.of(),
                Runtime.getRuntime().availableProcessors(), project.encoding());
        List<Integer> withFacts = List.of();
        try {
            Assessor.Inputs inputs = Assessor.load(request);
            withFacts = inputs.factBase().years();
            latest = new Outcome(Assessor.assess(request, inputs, ProgressListener.NONE), "", List.of(), withFacts);
        } catch (InvalidInputException e) {
            latest = new Outcome(null, e.stage(), e.problems(), withFacts);
        }
        return latest;
    }

    /** Every report format of an assessment, written into {@code reports/}; returns the files' names. */
    synchronized List<String> writeReports(Assessment a, Language language) {
        List<String> names = new ArrayList<>();
        try {
            cn.tongcheng.report.ReportView view = cn.tongcheng.report.ReportViewBuilder.of(a, language);
            for (ReportFormat f : ReportFormat.values()) {
                String name = ReportFiles.name(a, false, f, language);
                AtomicFiles.write(project.reports().resolve(name), ReportWriter.of(f).write(view));
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The reports in {@code reports/}, by name (hidden and temporary files left out). */
    List<Path> reports() {
        if (!Files.isDirectory(project.reports())) return List.of();
        try (Stream<Path> s = Files.list(project.reports())) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
