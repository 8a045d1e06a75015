package cn.tongcheng.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.facts.Place;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.report.AtomicFiles;
import cn.tongcheng.round.FormPlan;
import cn.tongcheng.round.FormWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng form --year 2017 [--place 嘉善] --out forms/}: one workbook per assessed unit to fill in. */
@Command(name = "form", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class FormCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--place", split = ",", paramLabel = "PLACE", descriptionKey = "option.form-place")
    List<String> places = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "forms", descriptionKey = "option.form-out")
    Path out;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() {
        int year = input.singleYear();
        Assessor.Request request = new Assessor.Request(input.rules, input.facts, input.years, places, 1, input.encoding);
        Assessor.Inputs inputs = Assessor.load(request);
        FormPlan plan = new FormPlan(inputs.ruleBase(), inputs.factBase());
        List<Place> units = places.isEmpty() ? plan.units() : Assessor.places(request, inputs.factBase());
        FormWriter writer = new FormWriter(inputs.ruleBase().catalogue(), lang.language);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Place p : units) files.put(out.resolve(writer.fileName(p, year)), writer.write(p, year, plan.items(p, year)));
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) AtomicFiles.write(f.getKey(), f.getValue());
        } catch (IOException e) {
            throw OutFolder.unwritable(out, e);
        }
        files.keySet().forEach(p -> spec.commandLine().getOut().println("  " + p));
        spec.commandLine().getOut().println(Messages.ui("form.written", files.size(), year, out));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
