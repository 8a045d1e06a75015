package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import cn.tongcheng.cache.RuleCache;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.rules.RuleBaseCompiler;

import picocli.CommandLine.Option;

/** {@code --no-cache} and {@code --cache-dir}: where the compiled rule base is kept between runs. */
public final class CacheOptions {
    @Option(names = "--no-cache", descriptionKey = "option.no-cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", descriptionKey = "option.cache-dir")
    Path cacheDir;

    RuleCache cache() {
        return noCache ? RuleCache.off() : RuleCache.in(cacheDir);
    }

    /** A compiler with this cache that says on {@code err} why it compiles again, when that is news to the user. */
    RuleBaseCompiler compiler(PrintWriter err) {
        return new RuleBaseCompiler(cache(), lookup -> {
            String line = notice(lookup);
            if (line != null) {
                err.println(line);
                err.flush();
            }
        });
    }

    /** One line about a lookup: an edited, foreign-built or corrupt entry is rebuilt and said so; a hit or first run is silent. */
    static String notice(RuleCache.Lookup lookup) {
        return switch (lookup.outcome()) {
            case CHANGED -> Messages.ui("cache.changed");
            case OTHER_BUILD -> Messages.ui("cache.other-build", lookup.detail());
            case CORRUPT -> Messages.ui("cache.corrupt", ShownPath.of(lookup.file()), lookup.detail());
            case HIT, KEPT, ABSENT, OFF -> null;
        };
    }
}
