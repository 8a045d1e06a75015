package cn.tongcheng.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report as PDF, with the Word report's content and order (page 1 the title and the summary for leaders,
 * then each year's summary table, a page per place, the articles cited and the method): an XHTML page of the
 * view laid out by openhtmltopdf on A4, its SVG charts drawn by Batik, a Chinese font embedded
 * ({@link PdfFonts}), headings as PDF bookmarks and source marks linked to the list of articles.
 */
public final class PdfReport implements ReportWriter {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("report.pdf.mustache");
    static final String CJK_FAMILY = "Tongcheng CJK";
    static final String SYMBOL_FAMILY = "Tongcheng Symbols";

    static {
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public byte[] write(ReportView view) {
        StringWriter xhtml = new StringWriter();
        TEMPLATE.execute(xhtml, view);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(PdfFonts.cjk(doc)), CJK_FAMILY);
            PdfFonts.symbols(doc).ifPresent(f -> builder.useFont(new PDFontSupplier(f), SYMBOL_FAMILY));
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("tongcheng");
            builder.withHtmlContent(xhtml.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
