package cn.tongcheng.method;

/** How the data-availability threshold of an aggregate counts what it has. */
public enum Availability {
    /** The share of its (assessed) children that have a score, whatever their weight (COINr's {@code dat_thresh}). */
    CHILDREN,
    /**
     * The share of its weight that has data: an indicator with a score counts 1, an aggregate its own share, and
     * a node's share is the weighted mean of its assessed children's shares (today's Jiaxing coverage rule).
     */
    WEIGHT
}
