package cn.tongcheng.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.check.CheckReport;
import cn.tongcheng.check.Finding;
import cn.tongcheng.check.RuleBaseChecker;
import cn.tongcheng.explain.Explainer;
import cn.tongcheng.explain.ExplanationText;
import cn.tongcheng.facts.TextDecoder;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.report.ReportView;
import cn.tongcheng.report.ReportViewBuilder;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;
import cn.tongcheng.ruletest.RuleTestReader;
import cn.tongcheng.ruletest.RuleTestRunner;
import cn.tongcheng.ruletest.TestRun;
import cn.tongcheng.ruletest.TestRunText;

/** Builds each page of the web app from the workspace, in the language of the request. */
final class Pages {
    /** A rendered page body, its title and the navigation entry it belongs to. */
    record Page(String title, String body, String nav) {
    }

    private final Workspace workspace;
    private final Templates templates;

    Pages(Workspace workspace, Templates templates) {
        this.workspace = workspace;
        this.templates = templates;
    }

    Page dashboard(Language lang) {
        Map<String, String> t = Labels.of(lang);
        Workspace.Outcome o = workspace.latest();
        if (o.failed()) return problems(lang, o, "home");
        Assessment a = o.assessment();
        ReportView report = ReportViewBuilder.of(a, lang);
        ReportView.YearView year = report.latest();
        return new Page(report.title(), templates.render("dashboard", new Views.Dashboard(t, report, year,
                Messages.of(lang).get("web.dashboard.assessed", a.places().size(), year.year()))), "home");
    }

    /** The page of a place in a year of the latest assessment; empty when it has no such place and year. */
    Optional<Page> place(String id, Integer year, Language lang) {
        Workspace.Outcome o = workspace.latest();
        if (o.failed()) return Optional.of(problems(lang, o, "home"));
        Assessment a = o.assessment();
        int y = year == null ? a.years().get(a.years().size() - 1) : year;
        Optional<PlaceAssessment> pa = a.ofYear(y).stream().filter(p -> p.place().id().equals(id)).findFirst();
        Optional<ReportView.PlaceView> view = ReportViewBuilder.of(a, lang).years().stream().filter(v -> v.year() == y)
                .flatMap(v -> v.places().stream()).filter(p -> p.id().equals(id)).findFirst();
        if (pa.isEmpty()) return Optional.empty();
        if (view.isEmpty()) {
            String name = pa.get().place().name(lang == Language.ZH);
            return Optional.of(message(lang, name + " · " + y, Messages.of(lang).get("web.place.no-facts", name, y)));
        }
        Explainer explainer = new Explainer(a.catalogue());
        Project project = workspace.project();
        List<Views.Gap> gaps = view.get().gaps().stream().map(g -> new Views.Gap(g,
                project.relative(ExplanationText.render(explainer.explain(pa.get(), g.id()), a.catalogue(), lang)))).toList();
        String overall = project.relative(ExplanationText.render(explainer.explain(pa.get(), null), a.catalogue(), lang));
        Map<String, String> t = Labels.of(lang);
        return Optional.of(new Page(view.get().name() + " · " + y, templates.render("place",
                new Views.PlacePage(t, view.get(), gaps, overall, "/")), "home"));
    }

    Page run(Language lang, String done, List<String> written) {
        Map<String, String> t = Labels.of(lang);
        Workspace.Outcome o = workspace.latest();
        Integer current = o.failed() ? null : o.assessment().years().get(o.assessment().years().size() - 1);
        List<Views.YearOption> years = o.yearsWithFacts().stream().sorted(java.util.Comparator.reverseOrder())
                .map(y -> new Views.YearOption(y, y.equals(current))).toList();
        List<Views.ReportLink> links = workspace.reports().stream().map(Pages::reportLink).toList();
        List<Views.ReportLink> fresh = links.stream().filter(l -> written.contains(l.name())).toList();
        return new Page(t.get("web_nav_run"), templates.render("run", new Views.Run(t, years, done, fresh, links,
                o.failed() ? problemsView(lang, o.stage(), o.problems()) : null)), "run");
    }

    /** Assesses a year and writes every report format; returns the names written (none when it failed). */
    List<String> assessAndWrite(int year, Language lang) {
        Workspace.Outcome o = workspace.assess(List.of(year));
        return o.failed() ? List.of() : workspace.writeReports(o.assessment(), lang);
    }

    Page rules(Language lang, boolean check, boolean test) {
        Map<String, String> t = Labels.of(lang);
        Path rules = workspace.project().rules();
        List<Views.RuleFileLink> files = new ArrayList<>();
        if (Files.isDirectory(rules)) {
            try (Stream<Path> s = Files.walk(rules)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = rules.relativize(p).toString().replace('\\', '/');
                    files.add(new Views.RuleFileLink(rel, "/rules/file/" + rel, size(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Views.CheckResult checked = null;
        Views.TestResult tested = null;
        Views.ProblemsView problems = null;
        // check and the rule tests word their findings in the user-interface language: the page's, for this run
        try {
            checked = check ? inUiLanguage(lang, () -> check(lang)) : null;
            tested = test ? inUiLanguage(lang, () -> test(lang)) : null;
        } catch (InvalidInputException e) {
            problems = problemsView(lang, e.stage(), e.problems());
        }
        return new Page(t.get("web_nav_rules"), templates.render("rules", new Views.Rules(t, ShownPath.of(rules), files,
                checked, tested, problems)), "rules");
    }

    private Views.CheckResult check(Language lang) {
        Project project = workspace.project();
        CheckReport report = new RuleBaseChecker().check(new RuleBaseChecker.Request(project.rules(), project.facts(),
                project.encoding(), project.sourceText()));
        List<Views.FindingRow> rows = report.findings().stream().map(f -> new Views.FindingRow(
                Messages.of(lang).get("web.severity." + f.severity().name().toLowerCase(java.util.Locale.ROOT)),
                project.relative(f.problem().location()), f.problem().code(), project.relative(f.problem().message()),
                ruleFileHref(f.problem()))).toList();
        return new Views.CheckResult(Messages.ui("check.summary", report.errors(), report.warnings(), report.rules(),
                report.indicators(), report.facts(), report.quotes()), report.errors() == 0, rows,
                report.notices().stream().map(project::relative).toList());
    }

    private Views.TestResult test(Language lang) {
        Path rules = workspace.project().rules();
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);
        var tests = new RuleTestReader(ruleBase).read(RuleTestReader.files(rules.resolve("tests")));
        if (tests.isEmpty()) return new Views.TestResult(Messages.ui("test.none", rules.resolve("tests")), true, "");
        TestRun run = new RuleTestRunner(ruleBase).run(tests, null, null);
        return new Views.TestResult(Messages.of(lang).get("web.rules.test.summary", run.passed(), run.failed(),
                run.skipped()), run.failed() == 0, TestRunText.render(run, false));
    }

    /** A rule file, read-only: tables as tables, other files as text; empty when the path is not a rule file. */
    Optional<Page> ruleFile(String relative, Language lang) {
        Optional<Path> file = SafePath.below(workspace.project().rules(), relative);
        if (file.isEmpty()) return Optional.empty();
        Map<String, String> t = Labels.of(lang);
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            String text = TextDecoder.decode(bytes, null).map(d -> d.text()).orElse("");
            String name = file.get().getFileName().toString();
            List<TableGrid> tables = List.of();
            if (TableGrid.isTable(name)) {
                try {
                    tables = TableGrid.read(name, bytes, text);
                } catch (IOException | RuntimeException e) {
                    text = Messages.of(lang).get("web.rules.unreadable", e.getMessage());
                }
            }
            List<TableGrid.Line> lines = new ArrayList<>();
            if (tables.isEmpty()) {
                List<String> all = text.lines().toList();
                for (int i = 0; i < all.size(); i++) lines.add(new TableGrid.Line(i + 1, List.of(all.get(i))));
            }
            return Optional.of(new Page(relative, templates.render("rulefile", new Views.RuleFile(t, relative, tables,
                    lines)), "rules"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs with the user-interface language (the wording of problems and findings) set to the page's. */
    static <T> T inUiLanguage(Language lang, java.util.function.Supplier<T> work) {
        synchronized (Messages.class) {
            Language before = Language.parse(Messages.ui().locale().toLanguageTag());
            Messages.setUiLanguage(lang);
            try {
                return work.get();
            } finally {
                Messages.setUiLanguage(before);
            }
        }
    }

    /**
     * The data round of a year: forms, status and, after an upload, what its check found ({@code upload} null
     * when nothing was posted).
     */
    Page round(Language lang, DataRound round, Integer asked, Views.UploadResult upload) {
        Map<String, String> t = Labels.of(lang);
        Messages m = Messages.of(lang);
        List<Integer> years = round.years();
        int year = asked != null ? asked : years.size() > 1 ? years.get(1) : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
        List<Views.YearOption> options = new ArrayList<>(years.stream().map(y -> new Views.YearOption(y, y == year)).toList());
        if (!years.contains(year)) options.add(new Views.YearOption(year, true));
        List<Views.ReportLink> forms = List.of();
        Views.RoundStatusView status = null;
        Views.ProblemsView problems = null;
        try {
            cn.tongcheng.assessment.Assessor.Inputs inputs = inUiLanguage(lang, () -> round.inputs(year));
            cn.tongcheng.round.FormWriter writer = new cn.tongcheng.round.FormWriter(inputs.ruleBase().catalogue(), lang);
            forms = new cn.tongcheng.round.FormPlan(inputs.ruleBase(), inputs.factBase()).units().stream()
                    .map(p -> new Views.ReportLink(writer.fileName(p, year), "/round/form/" + encode(p.id()) + "?year=" + year, ""))
                    .toList();
            status = round.statusView(inUiLanguage(lang, () -> cn.tongcheng.round.RoundStatus.of(inputs, year)),
                    inputs.ruleBase().catalogue(), lang);
        } catch (InvalidInputException e) {
            problems = problemsView(lang, e.stage(), e.problems());
        }
        return new Page(m.get("web.round.title", String.valueOf(year)), templates.render("round", new Views.Round(t,
                m.get("web.round.title", String.valueOf(year)), year, options, forms, "/round/forms.zip?year=" + year,
                "/round/status.xlsx?year=" + year, status, m.get("web.round.upload-note", WebApp.MAX_UPLOAD_MB), upload,
                problems)), "round");
    }

    /** What the check of an uploaded form found, worded in the page's language. */
    Views.UploadResult uploadResult(Language lang, DataRound round, String fileName, byte[] bytes) {
        Messages m = Messages.of(lang);
        DataRound.Checked c = inUiLanguage(lang, () -> round.check(fileName, bytes));
        if (c.problems().isEmpty()) return new Views.UploadResult(true, m.get("web.round.ok", c.fileName(), c.facts()), List.of());
        List<Views.ProblemRow> rows = c.problems().stream().map(p -> new Views.ProblemRow(workspace.project().relative(p.location()),
                p.code(), workspace.project().relative(p.message()), "")).toList();
        return new Views.UploadResult(false, m.get("web.round.problems", c.fileName(), c.problems().size()), rows);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    Page message(Language lang, String heading, String text) {
        return new Page(heading, templates.render("message", new Views.Message(Labels.of(lang), heading, text)), "");
    }

    private Page problems(Language lang, Workspace.Outcome o, String nav) {
        Views.ProblemsView v = problemsView(lang, o.stage(), o.problems());
        return new Page(v.heading(), templates.render("problems", v), nav);
    }

    private Views.ProblemsView problemsView(Language lang, String stage, List<Problem> problems) {
        List<Views.ProblemRow> rows = problems.stream().sorted(Problem.BY_LOCATION)
                .map(p -> new Views.ProblemRow(workspace.project().relative(p.location()), p.code(),
                        workspace.project().relative(p.message()), ruleFileHref(p))).toList();
        return new Views.ProblemsView(Labels.of(lang), Messages.of(lang).get("web.problems", problems.size(),
                Messages.of(lang).get("web.stage." + stage)), rows);
    }

    /** A link to the rule file a problem names, when it names one. */
    private String ruleFileHref(Problem p) {
        Path rules = workspace.project().rules();
        Path file = Path.of(p.file()).toAbsolutePath().normalize();
        if (!file.startsWith(rules) || !Files.isRegularFile(file)) return "";
        return "/rules/file/" + rules.relativize(file).toString().replace('\\', '/') + (p.line() > 0 ? "#row-" + p.line() : "");
    }

    private static Views.ReportLink reportLink(Path p) {
        String name = p.getFileName().toString();
        return new Views.ReportLink(name, "/reports/" + name, size(p));
    }

    private static String size(Path p) {
        try {
            long bytes = Files.size(p);
            return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
        } catch (IOException e) {
            return "";
        }
    }
}
