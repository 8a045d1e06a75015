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

/**
 * Writes a file so that readers see either the old content or the new, never a half-written file: the
 * content goes to a hidden temporary file in the same folder ({@code .name.123.tmp}), is forced to disk,
 * and is then moved over the target in one step. A run killed before the move leaves the old file and
 * at most a hidden temporary file, which the next write of that target removes.
 */
public final class AtomicFiles {
    /**
     * Test hook (KillTest): when set, a write whose target name contains this text waits, after its
     * temporary file is complete and before the move, until the process is killed.
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

    /** Temporary files of this target left by a run that was killed. */
    private static void removeStaleTemporaries(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }

    private static void pauseIfTesting(Path target) {
        String pause = System.getProperty(PAUSE_PROPERTY);
        if (pause == null || !target.getFileName().toString().contains(pause)) return;
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
