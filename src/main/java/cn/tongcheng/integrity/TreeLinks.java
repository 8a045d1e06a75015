package cn.tongcheng.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Links in the rules or facts folder that lead out of it ({@code facts/x.csv -> /etc/passwd}): refused,
 * since the folders are what a run is said to be made of (and an error message would quote the target).
 */
public final class TreeLinks {
    private TreeLinks() {
    }

    /**
     * True when the entry is a symbolic link whose target lies outside the folder. A broken link is not
     * outside: reading it fails with its own message.
     */
    public static boolean leadsOutside(Path root, Path entry) {
        if (!Files.isSymbolicLink(entry)) return false;
        try {
            return !entry.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
