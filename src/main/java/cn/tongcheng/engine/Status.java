package cn.tongcheng.engine;

/** How far an indicator is from its target. */
public enum Status {
    MET, PARTLY_MET, NOT_MET, NO_DATA;

    /** The key of its name in the message bundles. */
    public String key() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
