package cn.tongcheng.web;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The folder the web app works on: its {@code rules/}, {@code facts/} and {@code reports/}. Nothing outside
 * the rule files and the reports is ever served.
 *
 * @param sourceText the source documents as one text file, for {@code check}'s quotes (may be missing)
 * @param encoding   the encoding of fact files, or null to detect it
 */
public record Project(Path folder, Path sourceText, Charset encoding) {

    public Project {
        folder = folder.toAbsolutePath().normalize();
    }

    public Path rules() {
        return folder.resolve("rules");
    }

    public Path facts() {
        return folder.resolve("facts");
    }

    public Path reports() {
        return folder.resolve("reports");
    }

    /** A text with the folder's own path left out, so that the paths in it read {@code rules/…}, {@code facts/…}. */
    String relative(String text) {
        return text.replace(folder + java.io.File.separator, "");
    }
}
