package cn.tongcheng.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file a URL names below one of the project's folders, or nothing when the name would lead outside it:
 * {@code ..}, absolute paths, drive letters, backslashes, and links that point out of the folder are all refused.
 */
final class SafePath {
    private SafePath() {
    }

    /** @param relative the URL path after the folder's prefix, already percent-decoded */
    static Optional<Path> below(Path root, String relative) {
        if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0
                || relative.indexOf(':') >= 0 || relative.startsWith("/")) {
            return Optional.empty();
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return Optional.empty();
        }
        try {
            Path base = root.toAbsolutePath().normalize();
            Path p = base.resolve(relative).normalize();
            if (!p.startsWith(base) || !Files.isRegularFile(p)) return Optional.empty();
            if (!p.toRealPath().startsWith(base.toRealPath())) return Optional.empty();
            return Optional.of(p);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
