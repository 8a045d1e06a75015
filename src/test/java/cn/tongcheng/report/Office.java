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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programs a reader opens reports with, run headless: LibreOffice converts a document or workbook to PDF,
 * poppler reads the PDF back (text with positions, outline, page sizes) and draws its pages as PNG. A test
 * that needs them is skipped where they are not installed, except in CI ({@code CI} set), where that fails:
 * {@code .ci/run} installs them.
 */
final class Office {
    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    private Office() {
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(SOFFICE) && Files.isExecutable(PDFTOPPM);
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI must have LibreOffice and poppler-utils (.ci/run installs them)");
        }
        assumeTrue(present, "LibreOffice or poppler-utils is not installed");
    }

    /** Converts with LibreOffice headless to PDF in the same folder; returns the PDF. */
    static Path toPdf(Path file, Path work) throws IOException, InterruptedException {
        run(work, SOFFICE.toString(), "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", file.getParent().toString(), file.toString());
        String name = file.getFileName().toString();
        Path pdf = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertTrue(Files.size(pdf) > 1000, "LibreOffice wrote " + pdf);
        return pdf;
    }

    /** Draws a page as PNG at the given resolution. */
    static Path page(Path pdf, int page, int dpi, Path work) throws IOException, InterruptedException {
        Path prefix = work.resolve(pdf.getFileName() + "-" + page);
        run(work, PDFTOPPM.toString(), "-r", String.valueOf(dpi), "-png", "-singlefile", "-f", String.valueOf(page),
                "-l", String.valueOf(page), pdf.toString(), prefix.toString());
        return Path.of(prefix + ".png");
    }

    static String text(Path pdf, int first, int last, Path work) throws IOException, InterruptedException {
        return run(work, "pdftotext", "-f", String.valueOf(first), "-l", String.valueOf(last), pdf.toString(), "-");
    }

    static int pages(Path pdf, Path work) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run(work, "pdfinfo", pdf.toString()));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    /** Width and height of every page, in points. */
    static List<double[]> pageSizes(Path pdf, Path work) throws IOException, InterruptedException {
        String info = run(work, "pdfinfo", "-f", "1", "-l", "100000", pdf.toString());
        Matcher m = Pattern.compile("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)").matcher(info);
        List<double[]> sizes = new ArrayList<>();
        while (m.find()) sizes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        return sizes;
    }

    /** The PDF's outline (bookmarks), one title per entry with its page: "3 乙县 · 2016". */
    static List<String> outline(Path pdf, Path work) throws IOException, InterruptedException {
        String xml = run(work, "pdftohtml", "-xml", "-i", "-stdout", "-q", pdf.toString());
        Matcher m = Pattern.compile("<item page=\"(\\d+)\">([^<]*)</item>").matcher(xml);
        List<String> items = new ArrayList<>();
        while (m.find()) items.add(m.group(1) + " " + m.group(2).replace("&amp;", "&"));
        return items;
    }

    /** A word of the PDF's text with its box on its page. */
    record Word(int page, double pageWidth, double pageHeight, double xMin, double yMin, double xMax, double yMax, String text) {
    }

    static List<Word> words(Path pdf, Path work) throws IOException, InterruptedException {
        String html = run(work, "pdftotext", "-bbox", pdf.toString(), "-");
        List<Word> words = new ArrayList<>();
        Matcher page = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", Pattern.DOTALL).matcher(html);
        int n = 0;
        while (page.find()) {
            n++;
            Matcher w = Pattern.compile("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>")
                    .matcher(page.group(3));
            while (w.find()) {
                words.add(new Word(n, Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)),
                        Double.parseDouble(w.group(1)), Double.parseDouble(w.group(2)), Double.parseDouble(w.group(3)),
                        Double.parseDouble(w.group(4)), w.group(5)));
            }
        }
        return words;
    }

    /** Pixels of a page drawn in one of the colours, give or take a little anti-aliasing. */
    static int pixels(Path png, List<Integer> colours) throws IOException {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                for (int c : colours) {
                    if (Math.abs(((p >> 16) & 255) - ((c >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((c >> 8) & 255))
                            + Math.abs((p & 255) - (c & 255)) < 24) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    static String run(Path work, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(work.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish");
        }
        assertEquals(0, p.exitValue(), String.join(" ", command));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
