package cn.tongcheng.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.kie.api.definition.KiePackage;

/**
 * Compiled rule bases kept between runs: one entry per {@code rules/} folder, a file in the cache folder that
 * holds the compiled packages and the {@link CacheKey} they were compiled under. An entry is used only when its
 * key is the current one and its MAC (keyed by a secret in the user's own cache folder, never beside the rules)
 * is good; otherwise it is rebuilt, and the lookup says why. Entries are written to a temporary file and moved
 * into place, so that another process reads either the old entry or the new one, never half of one. Failing to
 * write an entry only costs the next run a compile.
 */
public final class RuleCache {
    /** Entries kept at most; the least recently written go first (tests and many rule folders make many). */
    private static final int MAX_ENTRIES = 16;
    private static final String SUFFIX = ".kbase";

    /** What a lookup found. */
    public enum Outcome {
        /** The entry is the current rule base's: no compile. */
        HIT,
        /** The same compiler made this rule base last (a re-run of assess --watch): neither cache nor compile. */
        KEPT,
        /** No entry for this folder yet (a first run). */
        ABSENT,
        /** The entry was compiled from other rule files: they were edited. */
        CHANGED,
        /** The entry was compiled by another version or build of Tongcheng, Drools or Java. */
        OTHER_BUILD,
        /** The entry is truncated, corrupt or not this user's: never trusted. */
        CORRUPT,
        /** No cache (--no-cache, no cache folder can be written, or a build not made by Maven). */
        OFF
    }

    /**
     * @param packages the compiled packages of a hit, else empty
     * @param detail   for {@code CORRUPT}, what was wrong; for {@code OTHER_BUILD}, the build of the entry
     */
    public record Lookup(Outcome outcome, List<KiePackage> packages, Path file, String detail) {
        public Lookup {
            packages = List.copyOf(packages);
        }
    }

    private final Path dir;
    private final Path secretFile;

    private RuleCache(Path dir, Path secretFile) {
        this.dir = dir;
        this.secretFile = secretFile;
    }

    /** No cache: every lookup is {@code OFF}, nothing is written. */
    public static RuleCache off() {
        return new RuleCache(null, null);
    }

    /** Entries in {@code dir} (null: the user's cache folder), the secret always in the user's cache folder. */
    public static RuleCache in(Path dir) {
        Path user = userCacheDir();
        return new RuleCache(dir == null ? user : dir, user.resolve("secret"));
    }

    /** Entries in {@code dir}, the secret in {@code secretFile} (tests). */
    public static RuleCache at(Path dir, Path secretFile) {
        return new RuleCache(dir, secretFile);
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The folder of the entries, or null when off. */
    public Path dir() {
        return dir;
    }

    /**
     * The user's cache folder: {@code %LOCALAPPDATA%\Tongcheng\cache} on Windows, {@code ~/Library/Caches/Tongcheng}
     * on macOS, {@code $XDG_CACHE_HOME/tongcheng} or {@code ~/.cache/tongcheng} elsewhere; the system property
     * {@code tongcheng.cache.dir} names another (the build's tests use one under {@code target/}).
     */
    public static Path userCacheDir() {
        String override = System.getProperty("tongcheng.cache.dir");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Tongcheng").resolve("cache");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "Tongcheng");
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "tongcheng");
        return Path.of(home, ".cache", "tongcheng");
    }

    /** The entry file of a rules folder. */
    public Path entry(Path rulesDir) {
        return dir.resolve("rules-" + sha256(rulesDir.toAbsolutePath().normalize().toString()).substring(0, 24) + SUFFIX);
    }

    public Lookup load(Path rulesDir, CacheKey key, ClassLoader classLoader) {
        if (dir == null || key.build().equals(CacheKey.UNKNOWN_BUILD)) return new Lookup(Outcome.OFF, List.of(), null, "");
        Path file = entry(rulesDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Lookup(Outcome.ABSENT, List.of(), file, "");
        } catch (IOException e) {
            return new Lookup(Outcome.CORRUPT, List.of(), file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Optional<CacheEntry.Header> header = CacheEntry.header(bytes);
        if (header.isEmpty()) return new Lookup(Outcome.CORRUPT, List.of(), file, "not a cache entry");
        CacheKey stored = header.get().key();
        if (!stored.build().equals(key.build())) return new Lookup(Outcome.OTHER_BUILD, List.of(), file, stored.build());
        if (!stored.equals(key)) return new Lookup(Outcome.CHANGED, List.of(), file, "");
        Optional<byte[]> secret = secret();
        if (secret.isEmpty()) return new Lookup(Outcome.OFF, List.of(), file, "");
        Optional<byte[]> payload = CacheEntry.payload(bytes, header.get(), secret.get());
        if (payload.isEmpty()) return new Lookup(Outcome.CORRUPT, List.of(), file, "MAC");
        try {
            return new Lookup(Outcome.HIT, PackageCodec.read(payload.get(), classLoader), file, "");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return new Lookup(Outcome.CORRUPT, List.of(), file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Writes the entry of a rules folder; a failure is silent (the next run compiles again). */
    public void store(Path rulesDir, CacheKey key, Collection<? extends KiePackage> packages) {
        if (dir == null || key.build().equals(CacheKey.UNKNOWN_BUILD)) return;
        Optional<byte[]> secret = secret();
        if (secret.isEmpty()) return;
        try {
            byte[] bytes = CacheEntry.encode(key, PackageCodec.write(packages), secret.get());
            Files.createDirectories(dir);
            writeAtomically(entry(rulesDir), bytes);
            prune();
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk, or a package Drools cannot serialise: no entry, the next run compiles
        }
    }

    /** Removes the entry of a rules folder (one that failed a check after loading). */
    public void discard(Path rulesDir) {
        if (dir == null) return;
        try {
            Files.deleteIfExists(entry(rulesDir));
        } catch (IOException e) {
            // it is rebuilt and replaced by the next store
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".kbase-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // never a non-atomic write: a reader could see half an entry (it would fail its MAC, but rebuild for nothing)
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Keeps the most recent entries, and removes temporary files an hour old (of a process killed while writing). */
    private void prune() throws IOException {
        List<Path> entries;
        List<Path> stale;
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.toList();
            entries = all.stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
            stale = all.stream().filter(p -> p.getFileName().toString().startsWith(".kbase-")
                    && modified(p).compareTo(anHourAgo) < 0).toList();
        }
        for (Path p : stale) Files.deleteIfExists(p);
        if (entries.size() <= MAX_ENTRIES) return;
        entries.stream().sorted(Comparator.comparing(RuleCache::modified)).limit(entries.size() - MAX_ENTRIES).forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // another process may be replacing it
            }
        });
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Threads of this JVM take turns at the secret (a file lock is held per process, not per thread). */
    private static final Object SECRET_LOCK = new Object();

    /**
     * The user's secret, made on first use (readable by the user only) under a file lock, so that two first runs at
     * once agree on one; empty when it can be neither read nor made.
     */
    private Optional<byte[]> secret() {
        try {
            if (Files.isRegularFile(secretFile) && Files.size(secretFile) == 32) return Optional.of(Files.readAllBytes(secretFile));
            Files.createDirectories(secretFile.getParent());
            synchronized (SECRET_LOCK) {
                try (FileChannel lockFile = FileChannel.open(secretFile.resolveSibling(secretFile.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockFile.lock()) {
                    if (Files.isRegularFile(secretFile) && Files.size(secretFile) == 32) {
                        return Optional.of(Files.readAllBytes(secretFile));
                    }
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    Path tmp = Files.createTempFile(secretFile.getParent(), ".secret-", ".tmp");
                    try {
                        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                        }
                        Files.write(tmp, secret);
                        Files.move(tmp, secretFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                    return Optional.of(secret);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
