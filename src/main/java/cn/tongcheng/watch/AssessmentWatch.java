package cn.tongcheng.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.problem.InvalidInputException;

/**
 * Assesses, then again each time a file under the watched folders changes, and reports each run: the
 * files that changed, and what changed in scores and ranks since the last good run, or the problems that
 * stopped this one (the watch goes on; fixing the file triggers the next run), and how long the run took.
 * The JVM stays warm between runs and the assessment keeps what it can (the rule base of an unchanged
 * {@code rules/}, the cache of compiled rule bases). Runs until interrupted.
 */
public final class AssessmentWatch {

    /**
     * One run.
     *
     * @param changed the files whose change caused it; empty for the first run
     * @param assessment the result, or null when the input was invalid
     * @param diff the changes since the last good run, or null for the first run or a failed one
     * @param problems why it failed, or null
     * @param took     from the start of the run to its result (reports written, or the problems found)
     */
    public record Run(Set<Path> changed, Assessment assessment, cn.tongcheng.report.RunDiff diff, InvalidInputException problems,
                      Duration took) {
    }

    private final List<Path> folders;
    private final Supplier<Assessment> assess;

    public AssessmentWatch(List<Path> folders, Supplier<Assessment> assess) {
        this.folders = List.copyOf(folders);
        this.assess = assess;
    }

    public void run(Consumer<Run> onRun) throws InterruptedException {
        try (FolderWatch watch = new FolderWatch(folders)) {
            Assessment last = null;
            Set<Path> changed = Set.of();
            while (!Thread.currentThread().isInterrupted()) {
                Run r = once(changed, last);
                if (r.assessment() != null) last = r.assessment();
                onRun.accept(r);
                changed = watch.awaitChange();
            }
        }
    }

    private Run once(Set<Path> changed, Assessment last) {
        long start = System.nanoTime();
        try {
            Assessment now = assess.get();
            return new Run(changed, now, last == null ? null : cn.tongcheng.report.RunDiff.between(last, now), null,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InvalidInputException e) {
            return new Run(changed, null, null, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
