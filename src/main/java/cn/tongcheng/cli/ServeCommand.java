package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.web.Browser;
import cn.tongcheng.web.Project;
import cn.tongcheng.web.ServeLock;
import cn.tongcheng.web.WebApp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng serve}: the web app on 127.0.0.1 over a project folder, until stopped (Ctrl+C). */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--folder", paramLabel = "DIR", defaultValue = ".", descriptionKey = "option.serve-folder")
    Path folder;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", descriptionKey = "option.serve-port")
    int port;

    @Option(names = "--no-browser", descriptionKey = "option.serve-no-browser")
    boolean noBrowser;

    @Option(names = "--source-text", paramLabel = "FILE", defaultValue = CheckCommand.SOURCE_TEXT,
            descriptionKey = "option.source-text")
    Path sourceText;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.serve-lang")
    Language language;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    /** Counted down to stop the server (tests); otherwise it runs until the process ends. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("rules"))) {
            throw InvalidInputException.single("options", new Problem("--folder", 0, "", "serve.no-rules",
                    Messages.ui("problem.serve.no-rules", ShownPath.of(dir))));
        }
        if (port < 0 || port > 65535) {
            throw InvalidInputException.single("options", new Problem("--port", 0, "", "serve.bad-port",
                    Messages.ui("problem.serve.bad-port", port)));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ServeLock lock = ServeLock.acquire(dir)) {
            // Ctrl+C (or SIGTERM) at any moment from here on: the hook lets this thread close the server and
            // remove the lock file; if this thread is still busy (starting, warming up), the hook removes it.
            CountDownLatch closed = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    if (!closed.await(5, java.util.concurrent.TimeUnit.SECONDS)) lock.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return serve(dir, lock, out);
            } finally {
                closed.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook is running
                }
            }
        }
    }

    private int serve(Path dir, ServeLock lock, PrintWriter out) throws InterruptedException, java.io.IOException {
        WebApp app;
        try {
            app = WebApp.start(new Project(dir, sourceText, encoding), port, language);
        } catch (java.net.BindException e) {
            throw InvalidInputException.single("options", new Problem("--port", 0, "", "serve.port-taken",
                    Messages.ui("problem.serve.port-taken", port)));
        }
        try (app) {
            lock.announce(app.address().toString());
            app.warmUp();
            out.println(Messages.ui("serve.url", app.address(), dir));
            if (!noBrowser && !Browser.open(app.address())) out.println(Messages.ui("serve.open-yourself"));
            out.println(Messages.ui("serve.stop"));
            out.flush();
            try {
                stop.await();
            } finally {
                app.close();
                lock.close();
            }
        }
        return ExitCode.OK;
    }
}
