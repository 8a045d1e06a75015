package cn.tongcheng.report;

import java.io.StringWriter;


import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * One self-contained HTML file: inline CSS and inline SVG charts, no scripts and nothing fetched, so it opens
 * offline and prints on A4 with a page per place. Rendered by a Mustache template from {@link ReportView}.
 */
public final class HtmlReport implements ReportWriter {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("report.html.mustache");

    @Override
    public byte[] write(ReportView view) {
        return render(view).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public String render(ReportView view) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }
}
