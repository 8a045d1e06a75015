package cn.tongcheng.rules;

import java.util.Map;

import cn.tongcheng.model.Keyword;

/**
 * The parameters of the annual assessment, from the grading table (考核办法).
 *
 * @param fixedBase    the base score every unit starts from, or null when the base is the unit's index (综合指数)
 * @param bonusCap     the most bonus points a unit may get in a year, or null (only without bonus items)
 * @param deductionCap the most points deducted in a year, or null for no cap
 * @param floor        the lowest final score, or null for none
 * @param rounding     how a quota's share of the units becomes a number of units, or null (only without quotas)
 * @param ties         who keeps a grade when units tied on the quota's boundary would exceed it, or null (only
 *                     without quotas)
 * @param group        the units a quota's share is counted over
 * @param origins      {@code file:row} of each parameter given
 */
public record GradingParameters(Double fixedBase, Double bonusCap, Double deductionCap, Double floor,
                                QuotaRounding rounding, QuotaTies ties, QuotaGroup group, Map<String, String> origins) {

    public static final GradingParameters NONE =
            new GradingParameters(null, null, null, null, null, null, QuotaGroup.ALL, Map.of());

    public GradingParameters {
        origins = Map.copyOf(origins);
    }

    /** Quotas are counted per unit kind (departments apart from counties and districts). */
    public boolean byKind() {
        return group == QuotaGroup.KIND;
    }

    /** How a quota's share becomes a number of units (7 × 30 % = 2.1). */
    public enum QuotaRounding implements Keyword {
        FLOOR("floor", "向下取整"), ROUND("round", "四舍五入"), CEIL("ceil", "向上取整");

        private final String id;
        private final String zh;

        QuotaRounding(String id, String zh) {
            this.id = id;
            this.zh = zh;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String zh() {
            return zh;
        }

        public int seats(double share, int units) {
            double exact = share * units;
            // 0.3 × 10 is 3.0000000000000004 in doubles: a share that comes out whole is whole
            double near = Math.rint(exact);
            if (Math.abs(exact - near) < 1e-9) return (int) near;
            return (int) switch (this) {
                case FLOOR -> Math.floor(exact);
                case ROUND -> Math.floor(exact + 0.5);
                case CEIL -> Math.ceil(exact);
            };
        }
    }

    /**
     * Who keeps a grade when units tied (same final score as shown) across a quota's boundary would exceed it; not
     * {@link cn.tongcheng.method.TieRule}, which gives tied units their ranks in the index.
     */
    public enum QuotaTies implements Keyword {
        /** All of them keep the grade: the quota may be exceeded by the ties. */
        KEEP_ALL("keep-all", "同分均保留"),
        /** All of them move down: the quota is never exceeded. */
        DEMOTE_ALL("demote-all", "同分均降等"),
        /** The higher base score keeps the grade; those still tied all move down. */
        BASE_SCORE("base-score", "基础分高者优先");

        private final String id;
        private final String zh;

        QuotaTies(String id, String zh) {
            this.id = id;
            this.zh = zh;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String zh() {
            return zh;
        }
    }

    /** The units a quota's share is counted over. */
    public enum QuotaGroup implements Keyword {
        /** Every graded unit of the year. */
        ALL("all", "全部"),
        /** Each kind apart: counties, districts, departments. */
        KIND("kind", "按类别");

        private final String id;
        private final String zh;

        QuotaGroup(String id, String zh) {
            this.id = id;
            this.zh = zh;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String zh() {
            return zh;
        }
    }
}
