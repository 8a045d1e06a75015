package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The shipped 2016 report as a reader sees it: the practice scoreboard comes first, a ？ (not reported) is never
 * shown as ✘ (not done), every score says its basis, and 2016 — one county with an index among seven — shows no
 * rank and says why. Markdown as text, HTML in Chromium (Selenium), the Word report rendered by LibreOffice.
 */
class ScoreboardInReportsTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String WHY = "7 个县（市、区）中仅 1 个数据充足，不足排名所需的 3 个（ranking.min_places），本年不排名。";
    private static final String BUS = "开通到上海的公交线路、通勤车或机场班车";
    private static final String RAIL = "境内有通达上海的高铁站或城际列车";

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() {
        Run run = Fixtures.cli("assess", "--year", "2016", "--format", "md,html,docx", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void markdownOpensWithTheScoreboardAndNeverShowsNotReportedAsNotDone() throws IOException {
        String md = Files.readString(dir.resolve("assessment-2016.md"));
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals("## 2016 年接轨做法一览：文件与填报所记载的", headings.get(0), "the scoreboard opens the report");
        assertTrue(md.indexOf(headings.get(0)) < md.indexOf("## 总览 2016"));

        List<String> header = cells(md.lines().filter(l -> l.startsWith("| 接轨做法 |")).findFirst().orElseThrow());
        List<String> bus = cells(row(md, BUS));
        assertEquals("？ 未报告", bus.get(header.indexOf("南湖区")), "南湖区 reports nothing on buses: ？, not ✘");
        assertTrue(bus.get(header.indexOf("嘉善县")).startsWith("✔ 已做到"), bus.toString());
        String rail = cells(row(md, RAIL)).get(header.indexOf("平湖市"));
        Matcher note = Pattern.compile("✘ 未做到 \\((\\d+)\\)").matcher(rail);
        assertTrue(note.matches(), "A09 says 平湖 has no high-speed rail: " + rail);
        assertTrue(md.lines().anyMatch(l -> l.startsWith(note.group(1) + ". 平湖市 · " + RAIL) && l.contains("A09「平湖境内虽然没有高铁过境」")),
                "the note gives the fact and its quote");
        for (String r : boardRows(md)) {
            for (String cell : cells(r).subList(1, header.size())) {
                Matcher n = Pattern.compile("([✔✘？]) \\S+(?: \\((\\d+)\\))?").matcher(cell);
                assertTrue(n.matches(), cell);
                if (n.group(1).equals("？")) {
                    assertEquals("？ 未报告", cell, "not reported has no fact behind it");
                } else {
                    String says = n.group(1).equals("✘") ? "：✘ 未做到（" : "：✔ 已做到（";
                    assertTrue(md.lines().anyMatch(l -> l.startsWith(n.group(2) + ". ") && l.contains(says)),
                            "a ✔ or ✘ is a fact's: note " + n.group(2) + " of " + r);
                }
            }
        }

        String summary = md.substring(md.indexOf("## 总览 2016"), md.indexOf("## 嘉兴市 · 2016"));
        assertTrue(summary.contains("- " + WHY.replace("_", "\\_")), summary);
        summary.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 排名")).forEach(l ->
                assertEquals("—", cells(l).get(0), "no rank in a field of one: " + l));
        String pinghu = md.substring(md.indexOf("## 平湖市 · 2016"));
        assertTrue(pinghu.contains("**排名** —"), "平湖 shows no rank");
        assertTrue(pinghu.substring(0, 600).contains(WHY.replace("_", "\\_")), "and why");
        assertTrue(Pattern.compile("适用的 \\d+ 个指标中 \\d+ 个未报告（未报告不等于未做到）").matcher(pinghu).find(), "unreported count");

        assertTrue(pinghu.contains("综合指数：由 7 个组成部分中有得分的 3 个按权重算术平均得出。"), "the index says its basis");
        String dims = pinghu.substring(pinghu.indexOf("### 维度得分"), pinghu.indexOf("### 差距分析"));
        dims.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 维度")).forEach(l ->
                assertTrue(cells(l).get(4).matches("由 \\d+ 个组成部分中有得分的 \\d+ 个按权重算术平均得出|其下有得分的项太少（低于数据可用率门槛）"),
                        "a dimension says its basis, or why it has none: " + l));
        String gaps = pinghu.substring(pinghu.indexOf("### 差距分析"), pinghu.indexOf("### 诊断") > 0 ? pinghu.indexOf("### 诊断") : pinghu.indexOf("### 建议"));
        List<String> rows = gaps.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 指标")).toList();
        assertFalse(rows.isEmpty());
        for (String r : rows) {
            String basis = cells(r).get(8);
            assertTrue(basis.startsWith("文件明确的目标：A") || basis.startsWith("政策选择（并非文件所定目标）：") || basis.startsWith("与 ") || basis.startsWith("与其他地区比较"),
                    "every score says its basis in words: " + r);
        }
        assertTrue(rows.stream().anyMatch(r -> cells(r).get(8).startsWith("文件明确的目标：A")), "a documented target with its article");
    }

    @Test
    void htmlInChromiumShowsTheScoreboardFirstWithQuestionMarksNotCrosses() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) assertTrue(present, "CI must have chromium and chromium-driver (.ci/run installs them)");
        assumeTrue(present, "Chromium or chromium-driver is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1280,1000");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        try {
            browser.get(dir.resolve("assessment-2016.html").toUri().toString());
            WebElement first = browser.findElements(By.tagName("h2")).get(0);
            assertEquals("2016 年接轨做法一览：文件与填报所记载的", first.getText());
            WebElement board = browser.findElement(By.cssSelector("table.board"));
            assertTrue(board.isDisplayed());
            WebElement summary = browser.findElement(By.cssSelector("table.summary"));
            assertTrue(board.getRect().getY() + board.getRect().getHeight() <= summary.getRect().getY(), "the scoreboard is above the scores");
            assertTrue(board.getRect().getY() < 1000, "and in the first screen: " + board.getRect().getY());

            WebElement nanhu = browser.findElement(By.cssSelector("table.board tr[data-practice='P-BUS'] td[data-place='南湖区']"));
            assertEquals("？ 未报告", nanhu.getText());
            assertFalse(nanhu.getText().contains("✘"));
            assertTrue(nanhu.getAttribute("class").contains("not-reported"));
            String grey = nanhu.getCssValue("color");
            WebElement pinghu = browser.findElement(By.cssSelector("table.board tr[data-practice='P-RAIL'] td[data-place='平湖市']"));
            assertTrue(pinghu.getText().startsWith("✘ 未做到"), pinghu.getText());
            assertFalse(grey.equals(pinghu.getCssValue("color")), "not done and not reported look different: " + grey);
            String note = pinghu.findElement(By.tagName("a")).getAttribute("href");
            WebElement li = browser.findElement(By.id(note.substring(note.indexOf('#') + 1)));
            assertTrue(li.getText().contains("A09「平湖境内虽然没有高铁过境」"), li.getText());

            for (WebElement rank : browser.findElements(By.cssSelector("table.summary tbody tr td:first-child"))) {
                assertFalse(rank.getText().matches(".*\\d.*"), "no rank in a field of one: " + rank.getText());
            }
            assertTrue(browser.findElement(By.cssSelector("ul.findings")).getText().contains(WHY));
            WebElement place = browser.findElement(By.id("place-pinghu-2016"));
            assertEquals(WHY, place.findElement(By.cssSelector(".not-ranked")).getText());
            List<WebElement> basis = place.findElements(By.cssSelector("table.gaps td.basis"));
            assertEquals(place.findElements(By.cssSelector("table.gaps tbody tr")).size(), basis.size());
            basis.forEach(b -> assertFalse(b.getText().isBlank(), "every score says its basis"));
            assertFalse(place.findElement(By.cssSelector(".unreported")).getText().isBlank());
            byte[] png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve("board.png"), png);
            assertTrue(Office.pixels(dir.resolve("board.png"), List.of(0xE6F4EA)) > 2000, "done cells drawn green on the first screen");
        } finally {
            browser.quit();
        }
    }

    @Test
    void wordReportRenderedByLibreOfficeOpensWithTheScoreboard() throws Exception {
        Office.assumeInstalled();
        Path pdf = Office.toPdf(dir.resolve("assessment-2016.docx"), dir);
        String first = flat(Office.text(pdf, 1, 1, dir));
        assertTrue(first.contains("领导摘要·2016"), first);
        assertTrue(first.contains("2016年接轨做法一览"), "the scoreboard is the summary's core: " + first);
        assertTrue(first.contains("？未报告（未报告不等于未做到）"), "the legend says ？ in words");
        assertTrue(first.contains(flat(BUS)), first);
        String start = flat(Office.text(pdf, 1, 4, dir));
        assertTrue(start.indexOf("2016年接轨做法一览") < start.indexOf("主要发现"), "the scoreboard comes before the findings");
        assertTrue(start.contains(flat(WHY)), "the why-sentence among the findings");
        // the ✘ and ？ of the board as the Markdown has them, plus the legend's and those of the notes on the page
        String md = Files.readString(dir.resolve("assessment-2016.md"));
        long boardCrosses = boardRows(md).stream().mapToLong(r -> count(r, "✘")).sum();
        long boardQuestions = boardRows(md).stream().mapToLong(r -> count(r, "？")).sum();
        String legend = cn.tongcheng.i18n.Messages.of(cn.tongcheng.i18n.Language.ZH).get("board.legend");
        assertEquals(boardCrosses + count(legend, "✘") + count(first, "：✘未做到（"), count(first, "✘"), "✘ drawn only where a fact says not done");
        assertEquals(boardQuestions + count(legend, "？"), count(first, "？"), "every ？ of the board drawn as ？: " + first);
        String all = flat(Office.text(pdf, 1, Office.pages(pdf, dir), dir));
        assertTrue(all.contains("评分依据"), "the gap tables have a basis column");
        assertTrue(all.contains("文件明确的目标：A"), "a documented target with its article");
    }

    /** The body rows of the scoreboard table. */
    private static List<String> boardRows(String md) {
        String board = md.substring(md.indexOf("| 接轨做法 |"));
        return board.lines().takeWhile(l -> l.startsWith("|")).skip(2).toList();
    }

    private static long count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static String row(String md, String practice) {
        return md.lines().filter(l -> l.startsWith("| " + practice + " |")).findFirst().orElseThrow();
    }

    /** The cells of a Markdown table row (escaped pipes kept inside their cell). */
    private static List<String> cells(String row) {
        String inner = row.substring(2, row.length() - 2);
        return Arrays.stream(inner.split("(?<!\\\\) \\| ", -1)).map(String::strip).toList();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }
}
