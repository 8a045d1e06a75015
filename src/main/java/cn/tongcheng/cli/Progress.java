package cn.tongcheng.cli;

import java.io.PrintWriter;

import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.i18n.Messages;

/**
 * Shows place-years done, the rate and the time left on a terminal, at most a few times a second; silent when output is not a terminal,
 * so logs and pipes stay clean.
 */
final class Progress implements ProgressListener {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private volatile long lastShown;
    private volatile boolean shown;

    private final String key;

    Progress(PrintWriter err) {
        this(err, "progress");
    }

    /** @param key the message shown, with done, total, rate and seconds left as its arguments */
    Progress(PrintWriter err, String key) {
        this.err = err;
        this.key = key;
    }

    @Override
    public void update(int done, int total) {
        if (!terminal) return;
        long now = System.nanoTime();
        if (now - lastShown < 250_000_000L) return;
        lastShown = now;
        double seconds = (now - start) / 1e9;
        synchronized (err) {
            double rate = done / Math.max(seconds, 1e-3);
            err.print("\r" + Messages.ui(key, done, total, Math.round(rate), Math.round((total - done) / rate)));
            err.flush();
            shown = true;
        }
    }

    /** Ends the progress line, if one was shown. */
    void finish() {
        if (!shown) return;
        synchronized (err) {
            err.println();
            err.flush();
        }
    }
}
