package cn.tongcheng.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written file: the
 * content goes to a hidden temporary file in the same folder ({@code .name.123.tmp}), is forced to disk,
 * and is then moved over the target in one step. A run killed before the move leaves the old file and
 * at most a hidden temporary file, which the next write of that target removes.
 */
public final class AtomicFiles {
    /**
     * Test hook (KillTest): when set, a write whose target name contains this text says so on stderr and
     * waits, after its temporary file is complete and before the move, until the process is killed.
     */
    static final String PAUSE_PROPERTY = "tongcheng.test.pause-before-move";

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        readableByAll(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            pauseIfTesting(target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a set of reports so that it appears whole or not at all when the disk is full or a file cannot
     * be written: every temporary file is written and forced to disk first (a failure removes them all and
     * leaves the previous set untouched, with no new file); then each is moved over its target, the old
     * targets kept as hard links until all moves are done, so that a failed move puts the old set back.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = f.getKey();
                Path dir = target.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                removeStaleTemporaries(dir, target.getFileName().toString());
                Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
                temporaries.put(target, tmp);
                readableByAll(tmp);
                writeForced(tmp, f.getValue(), target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path tmp : temporaries.values()) Files.deleteIfExists(tmp);
            throw e;
        }
        moveAll(temporaries);
    }

    private static void writeForced(Path tmp, byte[] content, Path target) throws IOException {
        String full = System.getProperty(DISK_FULL_PROPERTY);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            if (full != null && target.getFileName().toString().contains(full)) {
                throw new IOException("No space left on device (" + DISK_FULL_PROPERTY + ")");
            }
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
    }

    /** Test hook (ReportSetTest): a write whose target name contains this text fails as on a full disk. */
    static final String DISK_FULL_PROPERTY = "tongcheng.test.disk-full-at";

    private static void moveAll(Map<Path, Path> temporaries) throws IOException {
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
                Path target = e.getKey();
                if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path backup = target.resolveSibling("." + target.getFileName() + ".old.tmp");
                    Files.deleteIfExists(backup);
                    Files.createLink(backup, target);
                    backups.put(target, backup);
                }
                pauseIfTesting(target);
                try {
                    Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException x) {
                    Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                moved.add(target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path target : moved) {
                Path backup = backups.get(target);
                if (backup != null) Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                else Files.deleteIfExists(target);
            }
            throw e;
        } finally {
            for (Path tmp : temporaries.values()) Files.deleteIfExists(tmp);
            for (Path backup : backups.values()) Files.deleteIfExists(backup);
        }
    }

    /** Temporary files of this target left by a run that was killed. */
    private static void removeStaleTemporaries(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + name + ".*tmp")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }

    private static void pauseIfTesting(Path target) {
        String pause = System.getProperty(PAUSE_PROPERTY);
        if (pause == null || !target.getFileName().toString().contains(pause)) return;
        System.err.println(PAUSE_PROPERTY + " " + target.getFileName());
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A temporary file is created private (rw-------); a report is for others to read (rw-r--r--). */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the system's defaults apply
        }
    }
}
