package cn.tongcheng.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts the PDF report embeds: a Chinese font with TrueType outlines (PDFBox cannot embed the CFF outlines
 * of OpenType fonts such as Noto Sans CJK), and a font for symbols (✔ ◐ ✘ ↑ ↓) where one is installed. The
 * Chinese font is {@code TONGCHENG_PDF_FONT} (a .ttf or .ttc file) or the first of the usual fonts of Debian,
 * Windows and macOS that is installed; without one, writing the PDF is refused with what to install.
 */
final class PdfFonts {
    static final String ENV = "TONGCHENG_PDF_FONT";
    /** The same as {@link #ENV}, as a system property (tests set it). */
    static final String PROPERTY = "tongcheng.pdf.font";
    static final List<String> CJK = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/simhei.ttf",
            "/System/Library/Fonts/STHeiti Light.ttc", "/Library/Fonts/Arial Unicode.ttf");
    static final List<String> SYMBOLS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "C:/Windows/Fonts/seguisym.ttf", "/System/Library/Fonts/Apple Symbols.ttf");

    private PdfFonts() {
    }

    /** The Chinese font, loaded into the document to be subset on saving. */
    static PDType0Font cjk(PDDocument doc) throws IOException {
        String named = System.getProperty(PROPERTY, System.getenv(ENV));
        List<String> candidates = new ArrayList<>();
        if (named != null && !named.isBlank()) candidates.add(named.strip());
        candidates.addAll(CJK);
        for (String path : candidates) {
            Optional<TrueTypeFont> font = load(Path.of(path), '中');
            if (font.isPresent()) return PDType0Font.load(doc, font.get(), true);
            if (path.equals(named)) {
                throw InvalidInputException.single("options", new Problem(ENV, 0, "", "option.pdf-font-unusable",
                        Messages.ui("problem.option.pdf-font-unusable", path)));
            }
        }
        throw InvalidInputException.single("options", new Problem("--format", 0, "pdf", "option.no-pdf-font",
                Messages.ui("problem.option.no-pdf-font", ENV)));
    }

    /** A font for the symbols, if one is installed. */
    static Optional<PDType0Font> symbols(PDDocument doc) throws IOException {
        for (String path : SYMBOLS) {
            Optional<TrueTypeFont> font = load(Path.of(path), '✔');
            if (font.isPresent()) return Optional.of(PDType0Font.load(doc, font.get(), true));
        }
        return Optional.empty();
    }

    /** The first face of a .ttf or .ttc file with TrueType outlines that has the character; empty if none. */
    private static Optional<TrueTypeFont> load(Path file, char needed) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> found = new ArrayList<>();
                collection.processAllFonts(f -> {
                    if (found.isEmpty() && usable(f, needed)) found.add(f);
                });
                return found.stream().findFirst();
            }
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(file.toString())));
            return usable(f, needed) ? Optional.of(f) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(TrueTypeFont f, char needed) {
        try {
            if (f instanceof OpenTypeFont otf && otf.isPostScript()) return false;
            return f.getGlyph() != null && f.getUnicodeCmapLookup().getGlyphId(needed) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
