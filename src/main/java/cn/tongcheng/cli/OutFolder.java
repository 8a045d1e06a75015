package cn.tongcheng.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.integrity.OutLock;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.report.AtomicFiles;

/** A command's {@code --out} folder: its files written all or none, and a folder that cannot be written is an option problem. */
final class OutFolder {
    private OutFolder() {
    }

    /** Writes the files under the folder's lock, each atomically, all or none. */
    static void writeAll(Path out, Map<Path, byte[]> files) {
        try (OutLock lock = OutLock.acquire(out)) {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            throw unwritable(out, e);
        }
    }

    /** The problem of an {@code --out} folder that could not be written, naming the folder and why. */
    static InvalidInputException unwritable(Path out, IOException e) {
        return InvalidInputException.single("options", new Problem("--out", 0, "", "option.out-unwritable",
                Messages.ui("problem.option.out-unwritable", out, e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
}
