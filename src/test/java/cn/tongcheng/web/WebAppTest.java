package cn.tongcheng.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.tongcheng.Fixtures;
import cn.tongcheng.i18n.Language;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app over HTTP, on a copy of the small rule base and facts: what each page shows, what it writes and
 * serves, and what it refuses. Requests are written byte for byte on a socket, so that paths such as
 * {@code /rules/file/../pom.xml} reach the server as sent.
 */
class WebAppTest {
    @TempDir
    Path dir;

    WebApp app;
    int port;

    @BeforeEach
    void start() throws IOException {
        Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Files.writeString(dir.resolve("secret.txt"), "not to be served");
        app = WebApp.start(new Project(dir, dir.resolve("no-source.txt"), null), 0, Language.ZH);
        port = app.address().getPort();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", app.address().getHost());
    }

    @Test
    void dashboardShowsTheLatestYearsRankingAndLinksEachPlace() throws IOException {
        Response r = get("/");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("接轨上海评价报告 · 2016"), r.body());
        assertTrue(r.body().contains("<rect class=\"tier-"), "the ranking chart");
        for (String id : List.of("a", "b", "c", "d", "p")) assertTrue(r.body().contains("href=\"/place/" + id + "?year=2016\""), id);
        assertTrue(r.body().contains("乙县"));
        assertTrue(r.header("content-security-policy").contains("default-src 'none'"), "nothing fetched, no script");
        assertFalse(r.body().contains("<script"), "no script");
    }

    @Test
    void placePageExplainsEachScore() throws IOException {
        Response r = get("/place/a?year=2016");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<h1>乙县 · 2016</h1>"), r.body());
        assertTrue(r.body().contains("<a class=\"score\" href=\"#explain-transport.minutes\""), "the score links its explanation");
        String explanation = between(r.body(), "id=\"explain-transport.minutes\"", "</tr>");
        assertTrue(explanation.contains("（facts/facts.csv:6）"), "the fact: " + explanation);
        assertTrue(java.util.regex.Pattern.compile("（rules/criteria/[^:）]+:\\d+）").matcher(explanation).find(),
                "the criteria row: " + explanation);
        assertTrue(explanation.contains("66.7 分"), "the score: " + explanation);
        assertEquals(404, get("/place/nowhere?year=2016").status());
    }

    @Test
    void aSavedFactFileIsAssessedAgainOnTheNextPage() throws Exception {
        assertTrue(get("/place/a?year=2016").body().contains("<a class=\"score\" href=\"#explain-transport.minutes\" title=\"这个分数的来由\">66.7</a>"));
        Path facts = dir.resolve("facts/facts.csv");
        Files.writeString(facts, Files.readString(facts, StandardCharsets.UTF_8).replace("a,2016,transport.minutes,90,", "a,2016,transport.minutes,60,"),
                StandardCharsets.UTF_8);
        String page = "";
        for (int i = 0; i < 600 && !page.contains("#explain-transport.minutes\" title=\"这个分数的来由\">100</a>"); i++) {
            Thread.sleep(50);
            page = get("/place/a?year=2016").body();
        }
        assertTrue(page.contains("#explain-transport.minutes\" title=\"这个分数的来由\">100</a>"), "60 minutes meets the target: " + page);
    }

    @Test
    void englishBySwitchKeptInACookie() throws IOException {
        String html = get("/place/a?year=2016").body().replace("&#61;", "=").replace("&amp;", "&");
        assertTrue(html.contains("href=\"/place/a?year=2016&lang=en\""), "the switch keeps the year");
        Response sw = get("/place/a?year=2016&lang=en");
        assertEquals(303, sw.status());
        assertEquals("/place/a?year=2016", sw.header("location"));
        String cookie = sw.header("set-cookie").split(";")[0];
        Response en = get("/place/a", Map.of("Cookie", cookie));
        assertTrue(en.body().contains("<h1>County A · 2016</h1>"), en.body());
        assertTrue(en.body().contains("<html lang=\"en\">"));
    }

    @Test
    void runWritesEveryReportFormatAndServesThemAsDownloads() throws IOException {
        Response run = post("/run", "year=2015", Map.of("Origin", "http://127.0.0.1:" + port));
        assertEquals(303, run.status(), run.body());
        Response page = get(run.header("location"));
        assertTrue(page.body().contains("已评价 2015 年：写出 7 个报告文件"), page.body());
        for (String f : List.of("assessment-2015.md", "assessment-2015.json", "assessment-2015.html", "assessment-2015.xlsx",
                "assessment-2015.docx", "assessment-2015.pdf", "assessment-2015.csv")) {
            assertTrue(Files.isRegularFile(dir.resolve("reports").resolve(f)), f);
            assertTrue(page.body().contains("href=\"/reports/" + f + "\""), f);
        }
        Response xlsx = get("/reports/assessment-2015.xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("content-disposition").startsWith("attachment; filename=\"assessment-2015.xlsx\""));
        assertEquals("PK", new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1), "a workbook");
        assertTrue(get("/").body().contains("接轨上海评价报告 · 2015"), "the dashboard shows the year just assessed");
    }

    @Test
    void nothingOutsideTheRulesAndReportsFoldersIsServed() throws IOException {
        post("/run", "year=2016", Map.of());
        assertEquals(200, get("/reports/assessment-2016.md").status());
        for (String path : List.of("/rules/file/../secret.txt", "/rules/file/%2e%2e/secret.txt", "/rules/file/..%2fsecret.txt",
                "/rules/file/criteria/..%2f..%2fsecret.txt", "/reports/../secret.txt", "/reports/..%2f..%2fetc%2fpasswd",
                "/reports/%2fetc%2fpasswd", "/rules/file//etc/passwd", "/rules/file/..%5csecret.txt", "/secret.txt",
                "/reports/", "/rules/file/C:%5cWindows%5cwin.ini", "/reports/assessment-2016.md%00.txt")) {
            Response r = get(path);
            assertEquals(404, r.status(), path);
            assertFalse(r.body().contains("not to be served"), path);
        }
    }

    @Test
    void aLinkOutOfTheRulesFolderIsNotFollowed() throws IOException {
        Path link = dir.resolve("rules/outside.csv");
        Files.createSymbolicLink(link, dir.resolve("secret.txt"));
        assertEquals(404, get("/rules/file/outside.csv").status());
    }

    @Test
    void requestsForAnotherHostAndPostsFromOtherSitesAreRefused() throws IOException {
        Response rebound = get("/", Map.of("Host", "attacker.example:" + port));
        assertEquals(403, rebound.status());
        Response crossSite = post("/run", "year=2016", Map.of("Origin", "http://attacker.example"));
        assertEquals(403, crossSite.status());
        assertFalse(Files.exists(dir.resolve("reports")), "nothing written");
        assertEquals(405, request("DELETE", "/", "", Map.of()).status());
    }

    @Test
    void ruleTablesAreShownAsTablesNumberedLikeASpreadsheet() throws IOException {
        String criteria = criteriaTable();
        Response list = get("/rules");
        assertTrue(list.body().contains("href=\"/rules/file/criteria/" + criteria + "\""), list.body());
        assertTrue(list.body().contains("href=\"/rules/file/diagnosis/d.drl\""));
        Response table = get("/rules/file/criteria/" + criteria);
        assertEquals(200, table.status());
        assertTrue(table.body().contains("<th>A</th><th>B</th>"), "columns lettered");
        String firstCell = firstLine(dir.resolve("rules/criteria").resolve(criteria)).split(",")[0];
        assertTrue(table.body().contains("<tr id=\"row-1\"><th class=\"row-number\">1</th><td>" + firstCell + "</td>"),
                firstCell + " in " + table.body());
        Response drl = get("/rules/file/diagnosis/d.drl");
        String firstLine = firstLine(dir.resolve("rules/diagnosis/d.drl"));
        assertTrue(drl.body().contains("<tr id=\"row-1\"><th class=\"row-number\">1</th><td><code>" + firstLine + "</code>"),
                drl.body());
    }

    /** The name of the small rule base's criteria table (whatever its extension). */
    private String criteriaTable() throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("rules/criteria"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".csv")).findFirst().orElseThrow();
        }
    }

    private static String firstLine(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().findFirst().orElseThrow();
    }

    @Test
    void checkAndRuleTestResultsAfterAnEdit() throws IOException {
        Files.createDirectories(dir.resolve("rules/tests"));
        Files.writeString(dir.resolve("rules/tests/t.yaml"), """
                tests:
                  - name: a city has no bus target
                    kind: city
                    year: 2016
                    expect:
                      transport.bus: none
                  - name: planted mistake
                    kind: county
                    year: 2016
                    facts:
                      transport.bus: yes
                    expect:
                      transport.bus: not_met
                """, StandardCharsets.UTF_8);
        Response test = get("/rules/test");
        assertTrue(test.body().contains("通过 1 个，失败 1 个"), test.body());
        assertTrue(test.body().contains("planted mistake"), test.body());

        Path targets = dir.resolve("rules/criteria").resolve(criteriaTable());
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8).replace("transport.bus", "transport.buss"),
                StandardCharsets.UTF_8);
        Response check = get("/rules/check");
        assertTrue(check.body().contains("<section class=\"check failed\">"), check.body());
        assertTrue(check.body().contains("transport.buss"), check.body());
        assertTrue(check.body().contains("href=\"/rules/file/criteria/" + criteriaTable() + "#row-"), "links the row: " + check.body());
    }

    @Test
    void brokenRulesShowTheirProblemsInsteadOfTheDashboard() throws IOException {
        Files.writeString(dir.resolve("rules/diagnosis/broken.drl"), "rule \"broken\" when then end oops", StandardCharsets.UTF_8);
        Response r = get("/");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("规则中有"), r.body());
        assertTrue(r.body().contains("href=\"/rules/file/diagnosis/broken.drl"), "the file is linked: " + r.body());
    }

    @Test
    void dataRoundShowsTheStatusAndServesTheBlankForms() throws IOException {
        Response page = get("/round?year=2016");
        assertEquals(200, page.status());
        String html = page.body().replace("&#61;", "=");
        assertTrue(page.body().contains("<h1>数据收集 · 2016 年</h1>"), page.body());
        String status = between(html, "<table class=\"round-status\">", "</table>");
        assertTrue(status.contains("<td>乙县</td>") && status.contains("已报/应报") && status.contains("交通基础设施"), status);
        assertTrue(status.contains("<td class=\"files\">facts/facts.csv</td>"), "the files, in the project: " + status);
        assertTrue(html.contains("<a href=\"/round/form/a?year=2016\" download>乙县-2016.xlsx</a>"), html);
        assertTrue(get("/").body().contains("<a href=\"/round\">数据收集</a>"), "in the navigation");

        Response form = get("/round/form/a?year=2017");
        assertEquals(200, form.status());
        assertTrue(form.header("content-disposition").contains("filename*=UTF-8''%E4%B9%99%E5%8E%BF-2017.xlsx"), form.header("content-disposition"));
        assertEquals(4, dataRows(form.bytes()), "the county's four indicators");
        assertEquals(404, get("/round/form/nowhere?year=2017").status());

        Response zip = get("/round/forms.zip?year=2017");
        assertEquals("application/zip", zip.header("content-type"));
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) names.add(e.getName());
        }
        assertTrue(names.contains("乙县-2017.xlsx") && names.size() >= 4, names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("对标")), "no form for a peer: " + names);

        Response xlsx = get("/round/status.xlsx?year=2016");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("content-disposition").startsWith("attachment; filename=\"status-2016.xlsx\""));
        assertEquals("PK", new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1), "a workbook");
    }

    @Test
    void aReturnedFormIsCheckedAndItsMistakeNamedBySheetAndCellButNeverWrittenIntoFacts() throws IOException {
        List<String> factsBefore = tree(dir.resolve("facts"));
        byte[] blank = get("/round/form/a?year=2017").bytes();

        Response good = upload("乙县-2017.xlsx", filled(blank, 0.35), Map.of("Origin", "http://127.0.0.1:" + port));
        assertEquals(200, good.status(), good.body());
        assertTrue(good.body().contains("乙县-2017.xlsx：没有问题（读到 4 条数据）。"), good.body());

        Response bad = upload("乙县-2017.xlsx", filled(blank, 1.5), Map.of());
        assertEquals(200, bad.status());
        String found = between(bad.body(), "<div class=\"check-result failed\"", "</div>");
        assertTrue(found.contains("乙县-2017.xlsx：1 个问题"), found);
        assertTrue(found.contains("<td class=\"where\">乙县-2017.xlsx:4: 填报数据!L4</td>"), "the cell: " + found);
        assertTrue(found.contains("fact.out-of-range") && found.contains("150%"), found);
        assertFalse(found.contains("tongcheng-upload-"), "the temporary folder is not shown: " + found);

        assertEquals(factsBefore, tree(dir.resolve("facts")), "nothing written into facts/");
        assertFalse(tree(dir).stream().anyMatch(p -> p.endsWith("乙县-2017.xlsx")), "the upload is kept nowhere in the project");
    }

    @Test
    void anOversizedUploadAFileOfAnotherKindAndAnUploadFromAnotherSiteAreRefused() throws IOException {
        Response big = upload("乙县-2017.xlsx", new byte[6 * 1024 * 1024], Map.of());
        assertEquals(413, big.status());
        assertTrue(big.body().contains("上传的文件超过 5 MB 上限，未读取。"), big.body());
        Response other = upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(400, other.status());
        assertTrue(other.body().contains("无法读取这种文件：notes.txt"), other.body());
        Response none = upload("", new byte[0], Map.of());
        assertTrue(none.body().contains("请选择一个填报表文件"), none.body());
        assertEquals(403, upload("乙县-2017.xlsx", new byte[10], Map.of("Origin", "http://attacker.example")).status());
    }

    /** A form posted as the page's plain HTML form posts it. */
    private Response upload(String fileName, byte[] file, Map<String, String> headers) throws IOException {
        String boundary = "----tongcheng" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2017\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"form\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> h = new TreeMap<>(headers);
        h.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return request("POST", "/round/check", body.toByteArray(), h);
    }

    /**
     * The small rule base's form for 乙县 filled in as the county would: yes, 80 minutes, the share (a percent
     * cell: 0.35 is 35 %), full settlement, each with its source and the source's words.
     */
    static byte[] filled(byte[] blank, double share) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(blank));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet data = wb.getSheet("填报数据");
            data.getRow(1).getCell(11).setCellValue("是");
            data.getRow(2).getCell(11).setCellValue(80);
            data.getRow(3).getCell(11).setCellValue(share);
            data.getRow(4).getCell(11).setCellValue("全面");
            for (int r = 1; r <= 4; r++) {
                data.getRow(r).getCell(13).setCellValue("test");
                data.getRow(r).getCell(14).setCellValue("synthetic fixture");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int dataRows(byte[] xlsx) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            return wb.getSheet("填报数据").getLastRowNum();
        }
    }

    /** Every file below a folder, with its size, sorted. */
    private static List<String> tree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, from + " in " + s);
        return s.substring(i, s.indexOf(to, i));
    }

    record Response(int status, Map<String, String> headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private Response get(String path) throws IOException {
        return get(path, Map.of());
    }

    private Response get(String path, Map<String, String> headers) throws IOException {
        return request("GET", path, "", headers);
    }

    private Response post(String path, String form, Map<String, String> headers) throws IOException {
        return request("POST", path, form, headers);
    }

    private Response request(String method, String path, String body, Map<String, String> headers) throws IOException {
        return request(method, path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private Response request(String method, String path, byte[] content, Map<String, String> headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            h.put("Host", "127.0.0.1:" + port);
            h.put("Connection", "close");
            if (method.equals("POST")) {
                h.put("Content-Type", "application/x-www-form-urlencoded");
                h.put("Content-Length", String.valueOf(content.length));
            }
            h.putAll(headers);
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            h.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = new byte[raw.length - end - 4];
        System.arraycopy(raw, end + 4, body, 0, body.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = unchunk(body);
        return new Response(status, headers, body);
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (true) {
            int lineEnd = indexOf(body, i);
            int size = Integer.parseInt(new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).strip(), 16);
            if (size == 0) return out.toByteArray();
            out.write(body, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) if (b[i] == '\r' && b[i + 1] == '\n') return i;
        throw new IllegalStateException("no line end");
    }

}
