package cn.tongcheng.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over files' relative paths and contents, so that a result can be traced to exactly its inputs. */
public final class ContentHash {
    private ContentHash() {
    }

    /** @param files regular files below root, in any order (they are sorted here) */
    public static String of(Path root, List<Path> files) {
        MessageDigest sha = sha256();
        files.stream().sorted().forEach(f -> {
            try {
                sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
