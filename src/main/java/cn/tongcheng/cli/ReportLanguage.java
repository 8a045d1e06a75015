package cn.tongcheng.cli;

import cn.tongcheng.i18n.Language;

import picocli.CommandLine.Option;

/** {@code --lang}: the language of what a command writes; Chinese unless asked otherwise. */
public final class ReportLanguage {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.lang")
    Language language;
}
