package cn.tongcheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.watch.FolderWatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The web app: the JDK's HTTP server on the loopback address only, over one project folder. It answers only
 * requests addressed to itself (the Host header, against DNS rebinding) and posts from its own pages (the
 * Origin header); it serves the rule files and the reports and nothing else, and sends no script.
 */
public final class WebApp implements AutoCloseable {
    private static final String LANG_COOKIE = "tongcheng-lang";
    private static final int MAX_FORM_BYTES = 4096;
    static final int MAX_UPLOAD_MB = 5;
    private static final int MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
    /** How much of a refused upload is read and dropped, so that the browser reads the answer rather than a reset. */
    private static final long DRAIN_BYTES = 16L * MAX_UPLOAD_BYTES;
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final HttpServer server;
    private final ExecutorService pool;
    private final Pages pages;
    private final Workspace workspace;
    private final DataRound round;
    private final Language defaultLanguage;
    private final Templates templates = new Templates();
    private final FolderWatch folders;
    private final Thread watch;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WebApp(HttpServer server, ExecutorService pool, Workspace workspace, Language defaultLanguage) {
        this.server = server;
        this.pool = pool;
        this.workspace = workspace;
        this.defaultLanguage = defaultLanguage;
        this.pages = new Pages(workspace, templates);
        this.round = new DataRound(workspace);
        this.folders = new FolderWatch(List.of(workspace.project().rules(), workspace.project().facts()));
        this.watch = new Thread(this::watchFolders, "tongcheng-web-watch");
        watch.setDaemon(true);
    }

    /** Tells the workspace of every saved rule or fact file, until the app closes. */
    private void watchFolders() {
        try {
            while (true) {
                folders.awaitChange();
                workspace.changed();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            // the app is closing
        }
    }

    /** Starts serving the project on 127.0.0.1 at {@code port} (0: a free port). */
    public static WebApp start(Project project, int port, Language defaultLanguage) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tongcheng-web");
            t.setDaemon(true);
            return t;
        });
        WebApp app = new WebApp(server, pool, new Workspace(project), defaultLanguage);
        server.createContext("/", app::handle);
        server.setExecutor(pool);
        server.start();
        app.watch.start();
        return app;
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Assesses the latest year in the background, so the first page is ready sooner. */
    public void warmUp() {
        pool.submit(workspace::latest);
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) return;
        server.stop(0);
        pool.shutdownNow();
        folders.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Language lang = language(ex);
            if (!fromThisServer(ex)) {
                send(ex, 403, page(lang, pages.message(lang, t(lang, "web_forbidden"), t(lang, "web_forbidden_host")), "", Map.of()));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
                send(ex, 405, page(lang, pages.message(lang, t(lang, "web_not_allowed"), method), "", Map.of()));
                return;
            }
            Map<String, String> query = form(ex.getRequestURI().getRawQuery());
            if (query.containsKey("lang")) {
                switchLanguage(ex, query);
                return;
            }
            route(ex, ex.getRequestURI().getPath(), query, lang);
        } catch (RuntimeException e) {
            System.err.println(Messages.ui("error.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
            Language lang = defaultLanguage;
            send(ex, 500, page(lang, pages.message(lang, t(lang, "web_error"), e.getClass().getSimpleName() + ": "
                    + e.getMessage()), "", Map.of()));
        }
    }

    private void route(HttpExchange ex, String path, Map<String, String> query, Language lang) throws IOException {
        boolean post = ex.getRequestMethod().equals("POST");
        if (post && !path.equals("/run") && !path.equals("/round/check")) {
            send(ex, 405, page(lang, pages.message(lang, t(lang, "web_not_allowed"), "POST " + path), "", Map.of()));
        } else if (path.equals("/")) {
            send(ex, 200, page(lang, pages.dashboard(lang), path, query));
        } else if (path.startsWith("/place/")) {
            Optional<Pages.Page> p = pages.place(path.substring("/place/".length()), year(query.get("year")), lang);
            if (p.isPresent()) send(ex, 200, page(lang, p.get(), path, query));
            else notFound(ex, lang);
        } else if (path.equals("/run") && post) {
            Map<String, String> f = form(body(ex));
            Integer year = year(f.get("year"));
            if (year == null) {
                send(ex, 400, page(lang, pages.message(lang, t(lang, "web_bad_request"), t(lang, "web_run_no_year")), "", Map.of()));
                return;
            }
            List<String> written = pages.assessAndWrite(year, lang);
            redirect(ex, "/run?done=" + year + (written.isEmpty() ? "" : "&written=" + encode(String.join(",", written))));
        } else if (path.equals("/run")) {
            String done = query.get("done");
            List<String> written = query.containsKey("written") ? List.of(query.get("written").split(",")) : List.of();
            send(ex, 200, page(lang, pages.run(lang, done == null || written.isEmpty() ? null
                    : Messages.of(lang).get("web.run.done", done, written.size()), written), path, Map.of()));
        } else if (path.equals("/round/check") && post) {
            checkUpload(ex, lang);
        } else if (path.equals("/round")) {
            send(ex, 200, page(lang, pages.round(lang, round, year(query.get("year")), null), path, query));
        } else if (path.startsWith("/round/") && year(query.get("year")) != null) {
            int y = year(query.get("year"));
            Optional<DataRound.File> file = path.equals("/round/forms.zip") ? Optional.of(round.forms(y, lang))
                    : path.equals("/round/status.xlsx") ? Optional.of(round.statusWorkbook(y, lang))
                    : path.startsWith("/round/form/") ? round.form(path.substring("/round/form/".length()), y, lang) : Optional.empty();
            if (file.isPresent()) download(ex, file.get().name(), file.get().bytes());
            else notFound(ex, lang);
        } else if (path.startsWith("/reports/")) {
            Optional<Path> file = SafePath.below(workspace.project().reports(), path.substring("/reports/".length()));
            if (file.isPresent()) download(ex, file.get());
            else notFound(ex, lang);
        } else if (path.equals("/rules") || path.equals("/rules/check") || path.equals("/rules/test")) {
            send(ex, 200, page(lang, pages.rules(lang, path.endsWith("/check"), path.endsWith("/test")), path, Map.of()));
        } else if (path.startsWith("/rules/file/")) {
            Optional<Pages.Page> p = pages.ruleFile(path.substring("/rules/file/".length()), lang);
            if (p.isPresent()) send(ex, 200, page(lang, p.get(), path, query));
            else notFound(ex, lang);
        } else {
            notFound(ex, lang);
        }
    }

    /**
     * A returned form posted from the data-round page: at most {@link #MAX_UPLOAD_MB} MB, checked from a temporary
     * file, and the page shown again with what the check found.
     */
    private void checkUpload(HttpExchange ex, Language lang) throws IOException {
        Messages m = Messages.of(lang);
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            boolean declaredTooLarge = length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_UPLOAD_BYTES;
            body = declaredTooLarge ? null : in.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (body == null || body.length > MAX_UPLOAD_BYTES) {
                drain(in);
                send(ex, 413, page(lang, pages.round(lang, round, null, new Views.UploadResult(false,
                        m.get("web.round.too-large", MAX_UPLOAD_MB), List.of())), "/round", Map.of()));
                return;
            }
        }
        Optional<Upload> upload = Upload.parse(ex.getRequestHeaders().getFirst("Content-Type"), body);
        Integer year = upload.map(u -> year(u.fields().get("year"))).orElse(null);
        String error = upload.isEmpty() || upload.get().fileName().isBlank() ? m.get("web.round.no-file")
                : !DataRound.readable(upload.get().fileName()) ? m.get("web.round.bad-name", upload.get().fileName()) : null;
        Views.UploadResult result = error != null ? new Views.UploadResult(false, error, List.of())
                : pages.uploadResult(lang, round, upload.get().fileName(), upload.get().file());
        send(ex, error != null ? 400 : 200, page(lang, pages.round(lang, round, year, result), "/round",
                year == null ? Map.of() : Map.of("year", String.valueOf(year))));
    }

    /** Reads and drops what is left of a refused request body, up to {@link #DRAIN_BYTES}. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long read = 0;
        for (int n; read < DRAIN_BYTES && (n = in.read(buffer)) > 0; ) read += n;
    }

    /** Requests must name this server as their host, and posts must come from its own pages. */
    private boolean fromThisServer(HttpExchange ex) {
        int port = server.getAddress().getPort();
        List<String> hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) return false;
        String origin = ex.getRequestHeaders().getFirst("Origin");
        return !ex.getRequestMethod().equals("POST") || origin == null
                || hosts.stream().anyMatch(h -> origin.equalsIgnoreCase("http://" + h));
    }

    private Language language(HttpExchange ex) {
        String cookies = ex.getRequestHeaders().getFirst("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String[] kv = c.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals(LANG_COOKIE)) {
                    try {
                        return Language.parse(kv[1]);
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        return defaultLanguage;
    }

    /** Sets the language cookie, then shows the same page (its other parameters kept) in that language. */
    private void switchLanguage(HttpExchange ex, Map<String, String> query) throws IOException {
        Language to;
        try {
            to = Language.parse(query.get("lang"));
        } catch (IllegalArgumentException e) {
            to = defaultLanguage;
        }
        ex.getResponseHeaders().add("Set-Cookie", LANG_COOKIE + "=" + to.name().toLowerCase(Locale.ROOT)
                + "; Path=/; SameSite=Strict");
        StringBuilder rest = new StringBuilder();
        query.forEach((k, v) -> {
            if (!k.equals("lang")) rest.append(rest.length() == 0 ? "?" : "&").append(encode(k)).append('=').append(encode(v));
        });
        redirect(ex, ex.getRequestURI().getPath() + rest);
    }

    private String page(Language lang, Pages.Page p, String path, Map<String, String> query) {
        Map<String, String> t = Labels.of(lang);
        List<Views.NavItem> nav = new ArrayList<>();
        for (String[] item : List.of(new String[] {"/", "web_nav_home", "home"}, new String[] {"/run", "web_nav_run", "run"},
                new String[] {"/round", "web_nav_round", "round"},
                new String[] {"/rules", "web_nav_rules", "rules"})) {
            nav.add(new Views.NavItem(item[0], t.get(item[1]), item[2].equals(p.nav())));
        }
        Language other = lang == Language.ZH ? Language.EN : Language.ZH;
        return templates.render("layout", new Views.Layout(lang == Language.ZH ? "zh-CN" : "en", p.title(), t, nav,
                switchHref(path, query, other),
                Labels.of(other).get("web_lang_name"), other == Language.ZH ? "zh-CN" : "en", Templates.CSS, p.body(),
                Messages.of(lang).get("web.footer", workspace.project().folder())));
    }

    /** The same page in the other language: its parameters, plus {@code lang}. */
    private static String switchHref(String path, Map<String, String> query, Language other) {
        StringBuilder href = new StringBuilder(path.isEmpty() ? "/" : path).append('?');
        query.forEach((k, v) -> href.append(encode(k)).append('=').append(encode(v)).append('&'));
        return href.append("lang=").append(other.name().toLowerCase(Locale.ROOT)).toString();
    }

    private void notFound(HttpExchange ex, Language lang) throws IOException {
        send(ex, 404, page(lang, pages.message(lang, t(lang, "web_not_found"), t(lang, "web_not_found_text")), "", Map.of()));
    }

    private static String t(Language lang, String key) {
        return Labels.of(lang).get(key);
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        secure(ex);
        write(ex, status, bytes);
    }

    private static void download(HttpExchange ex, Path file) throws IOException {
        download(ex, file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static void download(HttpExchange ex, String name, byte[] bytes) throws IOException {
        String type = switch (name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
            case "md" -> "text/markdown; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + encode(name).replace("+", "%20"));
        secure(ex);
        write(ex, 200, bytes);
    }

    private static void secure(HttpExchange ex) {
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer the browser posts forms with "Origin: null"
        ex.getResponseHeaders().set("Referrer-Policy", "same-origin");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
    }

    private static void write(HttpExchange ex, int status, byte[] bytes) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        secure(ex);
        ex.sendResponseHeaders(303, -1);
    }

    /** A form body, at most {@link #MAX_FORM_BYTES}. */
    private static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) return "";
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return m;
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                m.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                // a malformed pair is ignored, like a missing one
            }
        }
        return m;
    }

    private static Integer year(String s) {
        if (s == null || !s.matches("\\d{4}")) return null;
        return Integer.valueOf(s);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
