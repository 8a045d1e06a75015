package cn.tongcheng.integrity;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

/**
 * One run at a time writes reports into a folder: a lock on the hidden file {@code .tongcheng.lock} in it,
 * held while the reports are written. A second run that finds it held stops with a message, instead of
 * mixing its reports with the first run's or removing its temporary files. The file stays (removing it
 * would let two runs lock two different files).
 */
public final class OutLock implements AutoCloseable {
    static final String NAME = ".tongcheng.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the folder (creating it), or throws an option problem when another run holds it. */
    public static OutLock acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileChannel ch = FileChannel.open(outDir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw InvalidInputException.single("options", new Problem("--out", 0, "", "option.out-locked",
                    Messages.ui("problem.option.out-locked", outDir)));
        }
        return new OutLock(ch, l);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
