package cn.tongcheng.rules;

/**
 * Whether two rows' {@code applies_to} could both apply to one place, judged from the rows alone: every place
 * has one kind and one id, and attributes are unknown here (places with both attributes may exist). The check
 * against the places of the facts is exact ({@code check}).
 */
final class PlaceOverlap {
    private PlaceOverlap() {
    }

    static boolean possible(AppliesTo a, AppliesTo b) {
        if (a.everyPlace() || b.everyPlace()) return true;
        for (AppliesTo.Term x : a.terms()) {
            for (AppliesTo.Term y : b.terms()) {
                if (possible(x, y)) return true;
            }
        }
        return false;
    }

    private static boolean possible(AppliesTo.Term x, AppliesTo.Term y) {
        if (x instanceof AppliesTo.Kind k1 && y instanceof AppliesTo.Kind k2) return k1.kind() == k2.kind();
        if (x instanceof AppliesTo.PlaceId p1 && y instanceof AppliesTo.PlaceId p2) return p1.id().equals(p2.id());
        if (x instanceof AppliesTo.Attribute a1 && y instanceof AppliesTo.Attribute a2) {
            return !a1.key().equals(a2.key()) || a1.value().equals(a2.value());
        }
        return true; // a kind and a place, or a kind and an attribute: some place may be both
    }
}
