package cn.tongcheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The pages' Mustache templates ({@code src/main/resources/web}); each page is rendered into the layout, whose
 * style sheet is the HTML report's ({@code report/report.css}) and the app's own, inline, so nothing is fetched.
 */
final class Templates {
    static final String CSS = resource("report/report.css") + resource("web/app.css");

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("web");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    String render(String template, Object view) {
        StringWriter out = new StringWriter();
        compiled.computeIfAbsent(template, n -> factory.compile(n + ".mustache")).execute(out, view);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
