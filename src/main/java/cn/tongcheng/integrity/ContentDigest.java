package cn.tongcheng.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ShownPath;

/**
 * The content hash of a folder's input files, computed from the bytes that were read (and then parsed and
 * compiled), never by reading the files again: SHA-256 over each file's path relative to the folder and
 * the SHA-256 of its bytes, in path order. What each hash was made of is remembered, so that the end of a
 * run can name the files that changed since they were read.
 */
public final class ContentDigest {
    /** hash → relative path → SHA-256 of the bytes read; a few recent hashes (a --watch run makes many). */
    private static final Map<String, Map<String, String>> SNAPSHOTS = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > 64;
                }
            });

    private ContentDigest() {
    }

    public static byte[] sha256(byte[] bytes) {
        return sha().digest(bytes);
    }

    /** @param digests the SHA-256 of the bytes read from each file below root */
    public static String of(Path root, Map<Path, byte[]> digests) {
        Map<String, String> byName = new TreeMap<>();
        digests.forEach((p, d) -> byName.put(relative(root, p), HexFormat.of().formatHex(d)));
        MessageDigest sha = sha();
        byName.forEach((name, d) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(d.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
        });
        String hash = "sha256:" + HexFormat.of().formatHex(sha.digest());
        SNAPSHOTS.put(hash, Map.copyOf(byName));
        return hash;
    }

    /**
     * A problem for each file that differs now from what was read for {@code hashThen}: changed, deleted, or
     * added. Empty when the folder still holds exactly those bytes.
     *
     * @param filesNow the input files the folder holds now (found as the run found them)
     */
    public static List<Problem> changes(Path root, String hashThen, List<Path> filesNow) {
        Map<String, String> then = SNAPSHOTS.getOrDefault(hashThen, Map.of());
        Map<String, Path> now = new TreeMap<>();
        filesNow.forEach(p -> now.put(relative(root, p), p));
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : now.entrySet()) {
            String before = then.get(e.getKey());
            String after = digestNow(e.getValue());
            if (before == null || !before.equals(after)) out.add(changed(e.getValue(), before == null ? "added" : "changed"));
        }
        for (String name : then.keySet()) {
            if (!now.containsKey(name)) out.add(changed(root.resolve(name), "deleted"));
        }
        return out;
    }

    private static Problem changed(Path file, String how) {
        return new Problem(ShownPath.of(file), 0, "", "file.changed-during-run",
                Messages.ui("problem.file.changed-during-run", Messages.ui("integrity." + how)));
    }

    private static String digestNow(Path p) {
        try {
            return HexFormat.of().formatHex(sha256(Files.readAllBytes(p)));
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
    }

    private static String relative(Path root, Path p) {
        Path r = root.toAbsolutePath().normalize();
        Path f = p.toAbsolutePath().normalize();
        return (f.startsWith(r) ? r.relativize(f) : f).toString().replace('\\', '/');
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
