package cn.tongcheng.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.RecordReader;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.round.FormCheck;
import cn.tongcheng.round.FormPlan;
import cn.tongcheng.round.FormWriter;
import cn.tongcheng.round.RoundStatus;
import cn.tongcheng.round.StatusWorkbook;
import cn.tongcheng.round.UnitStatus;
import cn.tongcheng.rules.Catalogue;

/**
 * The data round of a year, as the web app offers it: the blank forms (one workbook per unit, or all in a zip),
 * the collection status (on screen and as a workbook), and the check of a returned form. A returned form is
 * written to a temporary folder only, checked as {@code validate} checks it, and deleted: never into {@code facts/}.
 */
final class DataRound {
    /** A download: its file name and bytes. */
    record File(String name, byte[] bytes) {
    }

    /** What a check of a returned form found; {@code problems} empty when it passed. */
    record Checked(String fileName, int facts, List<Problem> problems, String stage) {
    }

    /** How many missing indicators the status table names per unit (the workbook lists them all). */
    private static final int MISSING_SHOWN = 6;

    private final Workspace workspace;

    DataRound(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The years a round can be for: those with facts, and the one after the latest. */
    List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(workspace.latest().yearsWithFacts());
        if (!years.isEmpty()) years.add(years.first() + 1);
        return List.copyOf(years);
    }

    Assessor.Inputs inputs(int year) {
        Project p = workspace.project();
        return Assessor.load(new Assessor.Request(p.rules(), p.facts(), List.of(year), List.of(),
                Runtime.getRuntime().availableProcessors(), p.encoding()));
    }

    /** One unit's blank form; empty when no assessed unit has that id. */
    Optional<File> form(String placeId, int year, Language lang) {
        Assessor.Inputs inputs = inputs(year);
        FormPlan plan = new FormPlan(inputs.ruleBase(), inputs.factBase());
        FormWriter writer = new FormWriter(inputs.ruleBase().catalogue(), lang);
        return plan.units().stream().filter(p -> p.id().equals(placeId)).findFirst()
                .map(p -> new File(writer.fileName(p, year), writer.write(p, year, plan.items(p, year))));
    }

    /** Every unit's blank form in one zip. */
    File forms(int year, Language lang) {
        Assessor.Inputs inputs = inputs(year);
        FormPlan plan = new FormPlan(inputs.ruleBase(), inputs.factBase());
        FormWriter writer = new FormWriter(inputs.ruleBase().catalogue(), lang);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            for (Place p : plan.units()) {
                zip.putNextEntry(new ZipEntry(writer.fileName(p, year)));
                zip.write(writer.write(p, year, plan.items(p, year)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = (lang == Language.ZH ? "填报表-" : "forms-") + year + ".zip";
        return new File(name, bytes.toByteArray());
    }

    File statusWorkbook(int year, Language lang) {
        Assessor.Inputs inputs = inputs(year);
        byte[] bytes = StatusWorkbook.write(RoundStatus.of(inputs, year), inputs.ruleBase().catalogue(), lang);
        return new File("status-" + year + (lang == Language.ZH ? "" : ".en") + ".xlsx", bytes);
    }

    /** The status as the page's table. */
    Views.RoundStatusView statusView(RoundStatus status, Catalogue catalogue, Language lang) {
        Messages m = Messages.of(lang);
        boolean zh = lang == Language.ZH;
        List<String> dims = status.units().stream().flatMap(u -> u.dimensions().stream()).map(UnitStatus.DimensionStatus::dimension)
                .distinct().toList();
        List<String> dimNames = dims.stream().map(d -> catalogue.dimension(d).map(x -> zh ? x.nameZh() : x.nameEn())
                .filter(s -> !s.isBlank()).orElse(d)).toList();
        List<Views.StatusRow> rows = new ArrayList<>();
        for (UnitStatus u : status.units()) {
            List<String> cells = dims.stream().map(d -> u.dimensions().stream().filter(x -> x.dimension().equals(d)).findFirst()
                    .map(x -> x.reported() + "/" + x.asked()).orElse("—")).toList();
            rows.add(new Views.StatusRow(u.place().name(zh), u.reported() + "/" + u.asked(), pct(u.weighted()), u.enough(),
                    cells, u.files().isEmpty() ? m.get("status.not-returned") : workspace.project().relative(String.join(", ", u.files())),
                    missing(u, m, zh)));
        }
        return new Views.RoundStatusView(m.get("status.title", status.year(), status.returned().size(),
                status.notReturned().size(), pct(status.minCoverage())), dimNames, rows,
                m.get("status.legend", pct(status.minCoverage())));
    }

    /** The first of the missing indicators by name, and how many there are when they are more. */
    private static String missing(UnitStatus u, Messages m, boolean zh) {
        String shown = u.missing().stream().limit(MISSING_SHOWN).map(i -> i.name(zh)).collect(Collectors.joining(zh ? "、" : "; "));
        return u.missing().size() > MISSING_SHOWN ? shown + m.get("web.round.missing-more", u.missing().size()) : shown;
    }

    /** Checks a returned form, written for the check to a temporary folder that is deleted afterwards. */
    Checked check(String fileName, byte[] bytes) {
        String name = Path.of(fileName.replace('\\', '/').replaceAll(".*/", "")).getFileName().toString();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tongcheng-upload-");
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            Project p = workspace.project();
            try {
                FormCheck.Checked checked = FormCheck.check(p.rules(), p.facts(), List.of(file), p.encoding());
                return new Checked(name, checked.facts().facts().size(), List.of(), "");
            } catch (InvalidInputException e) {
                String prefix = dir.toAbsolutePath() + java.io.File.separator;
                List<Problem> shown = e.problems().stream().map(x -> new Problem(x.file().replace(prefix, ""), x.line(), x.column(),
                        x.field(), x.code(), x.message().replace(prefix, ""))).sorted(Problem.BY_LOCATION).toList();
                return new Checked(name, 0, shown, e.stage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** True when the name is of a kind of file a form can be returned as. */
    static boolean readable(String fileName) {
        return !fileName.isBlank() && RecordReader.isRecordFile(Path.of(fileName.replace('\\', '/').replaceAll(".*/", "")));
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }

    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
