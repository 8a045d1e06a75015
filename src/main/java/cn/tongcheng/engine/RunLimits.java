package cn.tongcheng.engine;

/**
 * How far the rules of one place-year may run before the run is stopped as a runaway: a rule that
 * re-fires itself, endless inserts, a computation that does not end.
 *
 * @param maxFirings rule firings per place-year (both rounds together)
 * @param maxSeconds wall-clock seconds per place-year
 */
public record RunLimits(int maxFirings, double maxSeconds) {
    /**
     * Generous: the shipped rule base fires 100 to 300 rules per place-year (measured) and takes milliseconds, so
     * thirty times more firings or a minute per place-year means a rule does not stop (and check, which keeps
     * what every probe fired, stays within memory).
     */
    public static final RunLimits DEFAULT = new RunLimits(10_000, 60);

    public RunLimits {
        if (maxFirings < 1) throw new IllegalArgumentException("maxFirings " + maxFirings);
        if (!(maxSeconds > 0)) throw new IllegalArgumentException("maxSeconds " + maxSeconds);
    }
}
