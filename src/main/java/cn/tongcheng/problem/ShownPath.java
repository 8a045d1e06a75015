package cn.tongcheng.problem;

import java.nio.file.Path;

/** A path as messages show it: relative to the working folder when it lies below it. */
public final class ShownPath {
    private ShownPath() {
    }

    public static String of(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    }
}
