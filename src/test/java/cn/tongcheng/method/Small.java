package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made cases: units A, B, C ... with one group each, one indicator X under one index I. */
final class Small {
    private Small() {
    }

    /** Units named A, B, C ... in {@code groups}' order; {@code values[i]} null for a missing value. */
    static Dataset data(String variable, Double[] values, String... groups) {
        Dataset.Builder d = Dataset.builder();
        for (int i = 0; i < values.length; i++) {
            String unit = String.valueOf((char) ('A' + i));
            Map<String, String> g = new LinkedHashMap<>();
            if (i < groups.length && groups[i] != null) g.put("group", groups[i]);
            d.unit(unit, g);
            if (values[i] != null) d.value(unit, variable, values[i]);
        }
        return d.build();
    }

    static Dataset data(double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return data("X", boxed);
    }

    static IndexStructure oneIndicator(Direction direction) {
        return IndexStructure.of(List.of(Node.aggregate("I", null, 1), Node.indicator("X", "I", direction, 1)));
    }

    /** The NORMALISED stage of X for every unit (NaN where there is none). */
    static double[] normalised(IndexResult r) {
        return stage(r, "X", Stage.NORMALISED);
    }

    static double[] stage(IndexResult r, String node, Stage stage) {
        List<Double> out = new ArrayList<>();
        for (String u : r.units())
            out.add(r.result(u, node).stage(stage).orElseThrow().value().orElse(Double.NaN));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Basis basis(IndexResult r, String unit, String node, Stage stage) {
        return r.result(unit, node).stage(stage).orElseThrow().basis();
    }

    /** Normalises X = values with {@code n} (and optional targets) in the given direction. */
    static IndexResult normalise(Normalisation n, Direction direction, Targets targets, double... values) {
        return CompositeIndex.compute(oneIndicator(direction),
                MethodSpec.builder().normalisation(n).targets(targets).build(), data(values));
    }

    static IndexResult normalise(Normalisation n, Direction direction, double... values) {
        return normalise(n, direction, Targets.none(), values);
    }
}
