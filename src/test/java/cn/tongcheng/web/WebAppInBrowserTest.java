package cn.tongcheng.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;
import cn.tongcheng.i18n.Language;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app over the shipped rules and facts, driven end to end in Debian's Chromium through chromium-driver
 * (Selenium, headless, offline): the dashboard, a place, a score's explanation, an assessment run and its
 * download, the rule tables with check. A screenshot of each page goes to {@code target/screenshots/} (the
 * ones in {@code docs/} come from there). Skipped where Chromium or its driver is not installed ({@code .ci/run}
 * installs both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static WebApp app;
    static ChromeDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium or chromium-driver is not installed");
        Path project = dir.resolve("project");
        Fixtures.copy(Path.of("rules"), project.resolve("rules"));
        Fixtures.copy(Path.of("facts"), project.resolve("facts"));
        app = WebApp.start(new Project(project, project.resolve("no-source.txt"), null), 0, Language.ZH);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1280,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.close();
    }

    @Test
    @Order(1)
    void dashboardShowsTheRankingAndEveryPlace() throws IOException {
        browser.get(app.address().toString());
        assertTrue(browser.getTitle().contains("接轨上海评价报告"), browser.getTitle());
        assertTrue(browser.findElement(By.cssSelector("figure.ranking svg")).isDisplayed(), "the ranking chart");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.summary tbody tr"));
        assertTrue(rows.size() >= 8, "Jiaxing's counties and districts: " + rows.size());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("平湖市"));
        assertEquals("数据收集", browser.findElement(By.cssSelector("nav.top a[href='/round']")).getText(),
                "the data round in the navigation");
        screenshot("web-dashboard.png");
    }

    @Test
    @Order(2)
    void aPlaceScoreOpensItsExplanation() throws IOException {
        browser.get(app.address().toString());
        // a place with an index (2016 ranks no one: one county alone has enough data)
        WebElement ranked = browser.findElements(By.cssSelector("table.summary tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(2).getText().matches("\\d+.*")).findFirst().orElseThrow();
        String name = ranked.findElement(By.cssSelector("a.place-link")).getText();
        ranked.findElement(By.cssSelector("a.place-link")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith(name), browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("figure.radar svg")).isDisplayed());
        assertFalse(browser.findElements(By.cssSelector("ol.recommendations li")).isEmpty(), "recommendations");
        screenshot("web-place.png");

        WebElement score = browser.findElement(By.cssSelector("table.gaps a.score"));
        String target = score.getAttribute("href").substring(score.getAttribute("href").indexOf('#') + 1);
        WebElement explanation = browser.findElement(By.id(target));
        assertFalse(explanation.isDisplayed(), "hidden until the score is clicked");
        score.click();
        assertTrue(explanation.isDisplayed(), "shown once the score is clicked");
        String text = explanation.getText();
        assertTrue(text.contains("事实") && text.contains("标准") && text.contains("（rules/criteria/"), text);
        assertTrue(text.contains("得分") && text.contains("指数"), "score and its share of the index: " + text);
        ((JavascriptExecutor) browser).executeScript("window.scrollBy(0, -120)");
        screenshot("web-explanation.png", false);
    }

    @Test
    @Order(3)
    void anAssessmentRunsForAChosenYearAndItsReportDownloads() throws Exception {
        browser.get(app.address().resolve("/run").toString());
        Select year = new Select(browser.findElement(By.id("year")));
        String chosen = year.getOptions().get(1).getAttribute("value");
        year.selectByValue(chosen);
        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(b -> !b.findElements(By.cssSelector("p.done")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("p.done")).getText().contains(chosen));
        screenshot("web-run.png");
        WebElement xlsx = browser.findElement(By.cssSelector("ul.written a[href$='.xlsx']"));
        String name = xlsx.getText();
        xlsx.click();
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(file) && !partial());
        assertArrayEquals(Files.readAllBytes(dir.resolve("project/reports").resolve(name)), Files.readAllBytes(file),
                "the downloaded workbook is the one written");
        browser.get(app.address().toString());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(chosen), "the dashboard shows the year run");
    }

    @Test
    @Order(4)
    void ruleTablesAreReadableAndCheckRunsFromThePage() throws IOException {
        browser.get(app.address().resolve("/rules").toString());
        browser.findElement(By.id("check")).click();
        WebElement summary = new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(b -> b.findElement(By.cssSelector("section.check .summary")));
        assertTrue(summary.getText().matches("\\d+ 个错误，\\d+ 个警告.*"), summary.getText());
        screenshot("web-rules.png");
        WebElement criteria = browser.findElements(By.cssSelector("table.rule-files a")).stream()
                .filter(a -> a.getText().startsWith("criteria/")).findFirst().orElseThrow();
        String file = criteria.getText();
        criteria.click();
        assertEquals("A", browser.findElement(By.cssSelector("table.rule-table thead th:nth-child(2)")).getText());
        String firstCell = Files.readString(dir.resolve("project/rules").resolve(file)).replace("\uFEFF", "").split("[,\n]")[0];
        assertEquals(firstCell, browser.findElement(By.cssSelector("#row-1 td")).getText(), "row 1, column A");
        screenshot("web-rule-table.png", false);
    }

    @Test
    @Order(5)
    void pagesFitA1280PixelScreenAndPrintWithoutTheirControls() {
        browser.get(app.address().toString());
        String place = browser.findElement(By.cssSelector("a.place-link")).getAttribute("href");
        for (String url : List.of(app.address().toString(), place, app.address().resolve("/run").toString(),
                app.address().resolve("/rules").toString(), app.address().resolve("/round").toString())) {
            browser.get(url);
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertTrue(width <= viewport, url + " scrolls sideways at 1280 px: " + width + " > " + viewport);
        }
        browser.get(place);
        assertTrue(browser.findElement(By.cssSelector("nav.top")).isDisplayed());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector("nav.top")).isDisplayed(), "no navigation on paper");
            assertTrue(browser.findElement(By.cssSelector("table.gaps")).isDisplayed(), "the gaps are printed");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(6)
    void englishByTheSwitch() {
        browser.get(app.address().toString());
        browser.findElement(By.cssSelector("nav.top a.lang")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.cssSelector("nav.top")).getText().contains("Rule tables"));
        browser.findElement(By.cssSelector("nav.top a.lang")).click();
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    @Order(7)
    void aReturnedFormWithAPlantedMistakeIsUploadedAndTheCellNamed() throws Exception {
        browser.get(app.address().toString());
        browser.findElement(By.cssSelector("nav.top a[href='/round']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("数据收集"));
        assertTrue(browser.findElements(By.cssSelector("table.round-status tbody tr")).size() >= 8, "a row per unit");
        WebElement link = browser.findElement(By.cssSelector("ul.forms a"));
        String name = link.getText();
        byte[] blank;
        try (var in = java.net.URI.create(link.getAttribute("href")).toURL().openStream()) {
            blank = in.readAllBytes();
        }
        int row = planted(blank, name);
        Path form = dir.resolve("returned").resolve(name);
        browser.findElement(By.id("form-file")).sendKeys(form.toString());
        browser.findElement(By.id("check")).click();
        WebElement result = new WebDriverWait(browser, Duration.ofMinutes(1))
                .until(b -> b.findElement(By.cssSelector("div.check-result")));
        assertTrue(result.getAttribute("class").contains("failed"), result.getText());
        String cell = "填报数据!L" + (row + 1);
        assertTrue(browser.findElements(By.cssSelector("div.check-result td.where")).stream()
                .anyMatch(td -> td.getText().startsWith(name) && td.getText().endsWith(cell)), cell + " in " + result.getText());
        assertTrue(result.getText().contains("fact.out-of-range"), result.getText());
        assertFalse(Files.exists(dir.resolve("project/facts").resolve(name)), "not written into facts/");
        screenshot("web-round.png");
    }

    /**
     * The blank form filled in with one mistake, saved as {@code returned/NAME}: a figure far outside its
     * indicator's range on the first row that has one. Returns that row's index.
     */
    private static int planted(byte[] blank, String name) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(blank))) {
            org.apache.poi.ss.usermodel.Sheet data = wb.getSheet("填报数据");
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                String range = data.getRow(r).getCell(8).getStringCellValue();
                if (range.isBlank() || !data.getRow(r).getCell(7).getStringCellValue().equals("数值")) continue;
                data.getRow(r).getCell(11).setCellValue(-1_000_000);
                Path file = Files.createDirectories(dir.resolve("returned")).resolve(name);
                try (var out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                return r;
            }
        }
        throw new AssertionError("no row with a range in " + name);
    }

    private static boolean partial() {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static void screenshot(String name) throws IOException {
        screenshot(name, true);
    }

    /** @param wholePage the window grown to the page's height first (up to 3000 px), else the view as it is */
    private static void screenshot(String name, boolean wholePage) throws IOException {
        Dimension before = browser.manage().window().getSize();
        if (wholePage) {
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 120, 3000)));
        }
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SHOTS.resolve(name)) > 10_000, name + " has content");
        browser.manage().window().setSize(before);
    }
}
