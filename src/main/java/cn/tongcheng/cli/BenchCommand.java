package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import cn.tongcheng.bench.Benchmark;
import cn.tongcheng.i18n.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng bench}: Drools against a plain-Java baseline on synthetic workloads of growing size. */
@Command(name = "bench", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--places", split = ",", paramLabel = "P", defaultValue = "100,1000,2844", descriptionKey = "option.bench-places")
    List<Integer> places;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "10", descriptionKey = "option.bench-years")
    int years;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20161", descriptionKey = "option.bench-seed")
    long seed;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "option.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--compile-only", descriptionKey = "option.bench-compile-only")
    boolean compileOnly;

    @Option(names = "--lang", paramLabel = "LANG", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.ui-lang")
    cn.tongcheng.i18n.Language language; // read by Main before parsing, for messages and help

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Benchmark bench = new Benchmark(rules, threads, seed);
        double compile = bench.compile();
        cn.tongcheng.rules.CompileTimes cached = cn.tongcheng.rules.CompileTimes.measure(rules);
        if (compileOnly) {
            out.printf(Locale.ROOT, "rule-base compilation: %.2f s (%d indicators)%n", compile, bench.indicatorCount());
            out.printf(Locale.ROOT, "rule cache (same JVM): miss %.2f s, hit %.2f s%n", cached.missSeconds(), cached.hitSeconds());
            out.flush();
            return ExitCode.OK;
        }
        out.println(Messages.ui("bench.head", bench.indicatorCount(), seed));
        out.printf(Locale.ROOT, "rule cache (same JVM): miss %.2f s, hit %.2f s%n", cached.missSeconds(), cached.hitSeconds());
        out.println("| places | years | unit-years | facts | compile s (cache miss) | compile s (cache hit) | Drools s | baseline s "
                + "| Drools/baseline | unit-years/s | Drools ms per unit-year | Drools CPU s | baseline CPU s | CPU ratio "
                + "| Drools CPU ms per unit-year | peak heap MiB | heap after GC MiB | threads | identical |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        out.flush();
        boolean allIdentical = true;
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        for (int p : places) {
            Benchmark.Row r = bench.run(p, years, progress);
            allIdentical &= r.identical();
            out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.1f× | %.0f | %.3f | %.1f | %.1f | %.1f× | %.3f "
                    + "| %d | %d | %d | %s |%n",
                    r.places(), r.years(), r.placeYears(), r.facts(), cached.missSeconds(), cached.hitSeconds(), r.droolsSeconds(), r.baselineSeconds(),
                    r.ratio(), r.placeYearsPerSecond(), r.droolsMsPerPlaceYear(), r.droolsCpuSeconds(), r.baselineCpuSeconds(),
                    r.cpuRatio(), r.droolsCpuMsPerPlaceYear(), r.peakHeapMiB(), r.afterGcMiB(),
                    r.threads(), r.identical() ? "yes" : "NO");
            out.flush();
        }
        if (!allIdentical) {
            spec.commandLine().getErr().println(Messages.ui("bench.differ"));
            return ExitCode.INTERNAL;
        }
        return ExitCode.OK;
    }

    /** Progress on stderr, a line at most every five seconds and at the end of each size. */
    static final class ProgressLine implements Benchmark.Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;
        private int lastDone = -1;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void update(int places, int done, int total, long afterGcMiB) {
            long now = System.nanoTime();
            if (done == lastDone || done < total && now - last < EVERY_NANOS) return;
            last = now;
            lastDone = done;
            err.println(Messages.ui("bench.progress", places, done, total, done * 100L / total, (now - start) / 1_000_000_000L,
                    afterGcMiB));
            err.flush();
        }
    }
}
