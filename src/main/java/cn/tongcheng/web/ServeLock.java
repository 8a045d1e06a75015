package cn.tongcheng.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ShownPath;

/**
 * One {@code serve} per project folder: a lock on {@code .tongcheng-serve.lock}, which holds the address of the
 * server that has it. The operating system drops the lock when that process ends, however it ends, so a lock
 * file left by a killed server does not block the next one.
 */
public final class ServeLock implements AutoCloseable {
    public static final String FILE_NAME = ".tongcheng-serve.lock";
    /**
     * The locked byte lies far beyond the address: Windows locks are mandatory, and a lock over the address
     * would keep a second server from reading it for its message.
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ServeLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says which server holds it (exit 2). */
    public static ServeLock acquire(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                channel.close();
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw InvalidInputException.single("options", new Problem(ShownPath.of(file), 0, "", "serve.running",
                        Messages.ui("problem.serve.running", folder.toAbsolutePath(), holder.isEmpty() ? "?" : holder)));
            }
            return new ServeLock(file, channel, lock);
        } catch (IOException e) {
            throw InvalidInputException.single("options", new Problem(ShownPath.of(file), 0, "", "serve.lock",
                    Messages.ui("problem.serve.lock", e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    /** Writes the server's address into the lock file, for the message a second server gives. */
    public void announce(String address) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((address + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) return;
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
