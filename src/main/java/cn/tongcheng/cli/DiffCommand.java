package cn.tongcheng.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.report.JsonReport;
import cn.tongcheng.report.RunDiff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongcheng diff OLD.json NEW.json}: what changed between two assessment runs. */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages")
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", descriptionKey = "diff.old")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW.json", descriptionKey = "diff.new")
    Path now;

    @Option(names = "--lang", paramLabel = "LANG", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.ui-lang")
    Language language; // read by Main before parsing, for the text and messages

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        JsonNode a = read(old, problems);
        JsonNode b = read(now, problems);
        if (!problems.isEmpty()) throw new InvalidInputException("options", problems);
        spec.commandLine().getOut().print(RunDiff.of(a, b).text(Messages.ui()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static JsonNode read(Path file, List<Problem> problems) {
        String shown = ShownPath.of(file);
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(file));
            if (n != null && n.path("format").asText().startsWith(JsonReport.FORMAT_FAMILY)) return n;
            problems.add(new Problem(shown, 0, "format", "diff.not-a-report", Messages.ui("problem.diff.not-a-report", JsonReport.FORMAT)));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "file.malformed",
                    Messages.ui("problem.file.malformed", e.getOriginalMessage())));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "", "file.unreadable", Messages.ui("problem.file.unreadable", e.getMessage())));
        }
        return null;
    }
}
