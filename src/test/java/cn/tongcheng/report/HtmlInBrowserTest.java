package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report written by {@code assess --format html} in headless Chromium, offline, and checks what
 * the browser made of it: the charts are in the rendered DOM and a screenshot is drawn. Skipped where
 * /usr/bin/chromium is not installed, except in CI ({@code .ci/run} installs it).
 */
class HtmlInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void reportRendersInChromiumWithChartsAndText() throws Exception {
        assumeChromium();
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2015,2016", "--format", "html", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path html = dir.resolve("assessment-2015-2016.html");

        String dom = chromium("--dump-dom", html.toUri().toString());
        for (String place : List.of("甲市", "乙县", "丙县", "丁区", "戊市")) assertTrue(dom.contains(place), place);
        assertTrue(dom.contains("接轨上海评价报告"));
        assertTrue(dom.contains("<polygon class=\"area\""), "radar drawn");
        assertTrue(dom.contains("<rect class=\"tier-"), "ranking bars drawn");

        Path png = dir.resolve("report.png");
        chromium("--screenshot=" + png, "--window-size=1200,2000", html.toUri().toString());
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png) + " bytes");
    }

    /**
     * The English summary table of the shipped content (seven dimensions, long words) fits a 1280 px window:
     * measured by a page that frames the report at that width (file access allowed between the two files).
     */
    @Test
    void englishSummaryTableOfTheShippedContentFits1280Pixels() throws Exception {
        assumeChromium();
        Run run = Fixtures.cli("assess", "--year", "2015,2016", "--format", "html", "--lang", "en", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path frame = Files.writeString(dir.resolve("frame.html"), """
                <!DOCTYPE html><html><body style="margin:0">
                <iframe id="f" src="assessment-2015-2016.en.html" style="width:1280px;height:900px;border:0"></iframe>
                <script>
                document.getElementById('f').onload = function () {
                  var d = this.contentDocument, w = d.querySelector('table.summary').parentElement;
                  document.body.setAttribute('data-fit', [w.scrollWidth, w.clientWidth, d.documentElement.scrollWidth,
                      d.documentElement.clientWidth, d.querySelectorAll('table.summary').length].join(' '));
                };
                </script></body></html>
                """);
        String dom = chromium("--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", frame.toUri().toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-fit=\"(\\d+) (\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(dom);
        assertTrue(m.find(), dom);
        assertTrue(Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2)), "table wider than its box: " + m.group());
        assertTrue(Integer.parseInt(m.group(3)) <= Integer.parseInt(m.group(4)), "page scrolls sideways: " + m.group());
        assertEquals("2", m.group(5), "a summary table per year");
    }

    /** Printed, the folded recommendations are on paper too: nothing is left behind a click. */
    @Test
    void printedReportHoldsTheFoldedRecommendations() throws Exception {
        assumeChromium();
        Office.assumeInstalled();
        ReportView view = ReportViewBuilder.of(Fixtures.assess(Path.of("rules"), Path.of("facts"), List.of(2016), 2),
                cn.tongcheng.i18n.Language.ZH);
        // a recommendation that is folded wherever it appears, so that finding it on paper proves the fold printed
        java.util.Set<String> shown = new java.util.HashSet<>();
        List<String> folded = new java.util.ArrayList<>();
        for (ReportView.PlaceView p : view.latest().placesWithData()) {
            for (ReportView.Listing l : List.of(p.recommendations(), p.noDataRecommendations())) {
                l.first().forEach(r -> shown.add(r.text()));
                l.rest().forEach(r -> folded.add(r.text()));
            }
            p.diagnoses().forEach(d -> shown.add(d.text()));
        }
        view.latest().top().forEach(r -> shown.add(r.text()));
        String only = folded.stream().filter(t -> !shown.contains(t)).reduce((a, b) -> b).orElseThrow();
        Path html = Files.writeString(dir.resolve("report.html"), new HtmlReport().render(view));
        assertTrue(Files.readString(html).contains("<details class=\"more\">"), "folded on screen");
        Path pdf = dir.resolve("report.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
        String printed = Office.text(pdf, 1, Office.pages(pdf, dir), dir).replaceAll("\\s+", "");
        assertTrue(printed.contains(only.replaceAll("\\s+", "")), "folded recommendation printed: " + only);
    }

    /** Skipped without Chromium, except in CI ({@code CI} set), where {@code .ci/run} installs it. */
    private static void assumeChromium() {
        if (System.getenv("CI") != null) assertTrue(Files.isExecutable(CHROMIUM), "CI must have Chromium (.ci/run installs it)");
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
    }

    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(dir.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
