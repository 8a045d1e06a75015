package cn.tongcheng.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.assessment.Assessor;

import picocli.CommandLine.Option;

/** The options that say what to read: rules, facts, years, encoding. Shared by the commands that assess. */
public final class InputOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts", descriptionKey = "option.facts")
    Path facts;

    @Option(names = "--year", split = ",", paramLabel = "YEAR", descriptionKey = "option.year")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    /** A request for every place of the years asked for, on all cores. */
    Assessor.Request request(boolean rankWithPeers) {
        return new Assessor.Request(rules, facts, years, List.of(), Runtime.getRuntime().availableProcessors(),
                encoding, rankWithPeers);
    }
}
