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
     * Generous: the shipped rule base fires a few hundred rules per place-year and takes milliseconds, so
     * a hundred times more firings or a minute per place-year means a rule does not stop.
     */
    public static final RunLimits DEFAULT = new RunLimits(100_000, 60);

    public RunLimits {
        if (maxFirings < 1) throw new IllegalArgumentException("maxFirings " + maxFirings);
        if (!(maxSeconds > 0)) throw new IllegalArgumentException("maxSeconds " + maxSeconds);
    }
}
