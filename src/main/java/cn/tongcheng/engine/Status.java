package cn.tongcheng.engine;

/** How far an indicator is from its target. */
public enum Status {
    /**
     * NOT_SCORED: the place reported a figure but the method gives it no score this year (e.g. fewer places report
     * it than a comparison needs): neither a gap nor missing data.
     */
    MET, PARTLY_MET, NOT_MET, NO_DATA, NOT_SCORED;

    /** The key of its name in the message bundles. */
    public String key() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
