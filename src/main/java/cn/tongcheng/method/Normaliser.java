package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import cn.tongcheng.method.Basis.Anchor;

/** One unit's normalised score from its treated value and the treated values of its comparison set. */
final class Normaliser {
    private Normaliser() {
    }

    /** A score or the reason there is none, with the reference points used. */
    record Outcome(double value, NoScoreReason reason, List<Anchor> anchors) {
        static Outcome none(NoScoreReason reason, List<Anchor> anchors) {
            return new Outcome(Double.NaN, reason, anchors);
        }
    }

    /**
     * @param x         the unit's treated value
     * @param set       the comparison set's treated values, multiplied by the direction's sign
     * @param member    whether the unit is one of the set
     * @param target    the unit's target, if any
     * @param reference the reference unit's treated value, if it has one
     */
    static Outcome score(Normalisation method, Direction direction, double x, Compared set, boolean member,
            OptionalDouble target, OptionalDouble reference) {
        int d = direction.sign();
        double xd = d * x + 0.0;
        List<Anchor> anchors = new ArrayList<>();
        if (method instanceof Normalisation.Goalposts g) {
            double y = d > 0 ? (x - g.lower()) / (g.upper() - g.lower()) : (g.upper() - x) / (g.upper() - g.lower());
            if (g.truncate()) y = Math.max(0, Math.min(1, y));
            anchors.add(new Anchor(Anchor.Kind.LOWER_POST, g.lower()));
            anchors.add(new Anchor(Anchor.Kind.UPPER_POST, g.upper()));
            return new Outcome(y * g.scale(), null, anchors);
        }
        if (method instanceof Normalisation.RatioToTarget r) {
            if (target.isEmpty()) return Outcome.none(NoScoreReason.NO_TARGET, anchors);
            double t = target.getAsDouble();
            anchors.add(new Anchor(Anchor.Kind.TARGET, t));
            return ratio(x, t, d, r.capped(), r.scale(), anchors);
        }
        if (set.size() == 0) return Outcome.none(NoScoreReason.TOO_FEW_UNITS, anchors);
        double minD = set.min, maxD = set.max;
        anchors.add(new Anchor(Anchor.Kind.WORST, d * minD));
        anchors.add(new Anchor(Anchor.Kind.BEST, d * maxD));
        if (method instanceof Normalisation.MinMax m) {
            if (maxD == minD) return Outcome.none(NoScoreReason.ZERO_RANGE, anchors);
            return new Outcome((xd - minD) / (maxD - minD) * (m.upper() - m.lower()) + m.lower(), null, anchors);
        }
        if (method instanceof Normalisation.DistanceToTarget t) {
            if (target.isEmpty()) return Outcome.none(NoScoreReason.NO_TARGET, anchors);
            anchors.add(new Anchor(Anchor.Kind.TARGET, target.getAsDouble()));
            return distance(xd, minD, d * target.getAsDouble(), t.capped(), t.scale(), anchors);
        }
        if (method instanceof Normalisation.DistanceToReference r) {
            if (reference.isEmpty()) return Outcome.none(NoScoreReason.REFERENCE_UNIT_MISSING, anchors);
            anchors.add(new Anchor(Anchor.Kind.REFERENCE, reference.getAsDouble()));
            return distance(xd, minD, d * reference.getAsDouble(), r.capped(), r.scale(), anchors);
        }
        if (method instanceof Normalisation.FractionOfMax f) {
            double best = d * maxD;
            anchors.add(new Anchor(Anchor.Kind.FRONTIER, best));
            return ratio(x, best, d, false, f.scale(), anchors);
        }
        if (method instanceof Normalisation.BestOfOthers b) {
            double bestD = set.maxOfOthers(member, xd);
            if (Double.isNaN(bestD)) return Outcome.none(NoScoreReason.TOO_FEW_UNITS, anchors);
            anchors.add(new Anchor(Anchor.Kind.FRONTIER, d * bestD));
            return ratio(x, d * bestD, d, b.capped(), b.scale(), anchors);
        }
        if (method instanceof Normalisation.ZScore z) {
            if (set.size() < 2) return Outcome.none(NoScoreReason.TOO_FEW_UNITS, anchors);
            double mean = set.mean(), s = set.sd();
            anchors.add(new Anchor(Anchor.Kind.MEAN, d * mean));
            anchors.add(new Anchor(Anchor.Kind.SD, s));
            if (s == 0) return Outcome.none(NoScoreReason.ZERO_RANGE, anchors);
            return new Outcome((xd - mean) / s * z.sd() + z.mean(), null, anchors);
        }
        if (method instanceof Normalisation.Rank r) {
            return new Outcome(rank(xd, set, member, r.ties()), null, anchors);
        }
        if (method instanceof Normalisation.PercentileRank p) {
            int n = set.size() + (member ? 0 : 1);
            if (n < 2) return Outcome.none(NoScoreReason.TOO_FEW_UNITS, anchors);
            double r = rank(xd, set, member, p.ties());
            anchors.add(new Anchor(Anchor.Kind.RANK, r));
            return new Outcome((r - 1) / (n - 1) * p.scale(), null, anchors);
        }
        throw new AssertionError(method);
    }

    /** x/ref when higher is better, ref/x when lower is better; a value at or below 0 beats any positive target then. */
    private static Outcome ratio(double x, double ref, int d, boolean capped, double scale, List<Anchor> anchors) {
        if (!(ref > 0)) return Outcome.none(NoScoreReason.NON_POSITIVE_REFERENCE, anchors);
        double y;
        if (d > 0) {
            y = x / ref;
        } else if (x > 0) {
            y = ref / x;
        } else if (capped) {
            y = 1;
        } else {
            return Outcome.none(NoScoreReason.NON_POSITIVE_REFERENCE, anchors);
        }
        if (capped) y = Math.min(1, y);
        return new Outcome(y * scale, null, anchors);
    }

    /** (x − min)/(goal − min) on direction-signed values. */
    private static Outcome distance(double xd, double minD, double goalD, boolean capped, double scale, List<Anchor> anchors) {
        if (goalD == minD) return Outcome.none(NoScoreReason.ZERO_RANGE, anchors);
        double y = (xd - minD) / (goalD - minD);
        if (capped) y = Math.min(1, y);
        return new Outcome(y * scale, null, anchors);
    }

    /** Ascending rank of xd among the set (the unit counted once even if not a member). */
    private static double rank(double xd, Compared set, boolean member, TieRule ties) {
        return switch (ties) {
            case MIN -> set.below(xd) + 1;
            case MAX -> set.atOrBelow(xd) + (member ? 0 : 1);
            case DENSE -> set.distinctBelow(xd) + 1;
        };
    }
}
