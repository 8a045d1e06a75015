package cn.tongcheng.rules;

/**
 * Whether two rows' {@code applies_to} certainly both apply to some place, judged from the rows alone: both
 * to every place, or to a kind, place or attribute they share. Whether a kind and a place, or two attributes,
 * meet depends on the places of the facts: {@code check} decides those over every place, and an assessment
 * refuses two rows that meet for one of its place-years.
 */
final class PlaceOverlap {
    private PlaceOverlap() {
    }

    static boolean possible(AppliesTo a, AppliesTo b) {
        if (a.everyPlace() && b.everyPlace()) return true;
        // every place is not a department: a row for departments only and a row for every place never meet
        if (a.everyPlace()) return !onlyDepartments(b);
        if (b.everyPlace()) return !onlyDepartments(a);
        for (AppliesTo.Term x : a.terms()) {
            for (AppliesTo.Term y : b.terms()) {
                if (possible(x, y)) return true;
            }
        }
        return false;
    }

    private static boolean onlyDepartments(AppliesTo a) {
        return a.terms().stream().allMatch(t -> t instanceof AppliesTo.Kind k && k.kind() == cn.tongcheng.model.PlaceKind.DEPARTMENT);
    }

    private static boolean possible(AppliesTo.Term x, AppliesTo.Term y) {
        if (x instanceof AppliesTo.Kind k1 && y instanceof AppliesTo.Kind k2) return k1.kind() == k2.kind();
        if (x instanceof AppliesTo.PlaceId p1 && y instanceof AppliesTo.PlaceId p2) return p1.id().equals(p2.id());
        if (x instanceof AppliesTo.Attribute a1 && y instanceof AppliesTo.Attribute a2) return a1.equals(a2);
        return false; // a kind and a place, or a kind and an attribute: the places decide
    }
}
