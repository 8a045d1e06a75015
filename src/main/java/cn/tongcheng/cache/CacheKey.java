package cn.tongcheng.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a compiled rule base depends on: the content hash of the files read under {@code rules/}, the hash of
 * the DRL compiled from them (generated and hand-written, in order), and the build that compiled it.
 *
 * @param rulesHash the rule base's content hash, as reports carry it
 * @param drlHash   SHA-256 over the name and DRL of every file compiled
 * @param build     the project version and build, the Drools version and the Java runtime
 */
public record CacheKey(String rulesHash, String drlHash, String build) {
    /** The build of a jar not built by Maven: never read from or written to a cache. */
    static final String UNKNOWN_BUILD = "unknown";

    /** One DRL source: the name shown to authors and its text. */
    public record Source(String name, String drl) {
    }

    public static CacheKey of(String rulesHash, List<Source> sources) {
        String build = BuildIdentity.current();
        return new CacheKey(rulesHash, drlHash(sources), build == null ? UNKNOWN_BUILD : build);
    }

    static String drlHash(List<Source> sources) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Source s : sources) {
            sha.update(s.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(s.drl().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** The key as one line of text, as stored in a cache entry's header. */
    String text() {
        return rulesHash + " " + drlHash + " " + build;
    }

    static CacheKey parse(String text) {
        String[] parts = text.split(" ", 3);
        if (parts.length != 3) throw new IllegalArgumentException("bad key");
        return new CacheKey(parts[0], parts[1], parts[2]);
    }
}
