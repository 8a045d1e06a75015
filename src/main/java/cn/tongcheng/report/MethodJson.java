package cn.tongcheng.report;

import java.util.Locale;
import java.util.TreeMap;

import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.method.IndexStructure;
import cn.tongcheng.method.Node;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.MethodChoices;
import cn.tongcheng.rules.SensitivityChoices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The composite-indicator method of a catalogue as JSON, every choice resolved as the computation uses it (the
 * aggregation and the data threshold of each level of the tree, the per-indicator normalisations and denominators),
 * so that a methodologist can repeat the run. Each choice is named by the method table's word ({@code min-max},
 * {@code group-mean}, {@code winsorise} …) with its parameters beside it.
 */
final class MethodJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MethodJson() {
    }

    static ObjectNode of(Catalogue catalogue) {
        MethodChoices c = catalogue.method().choices();
        IndexStructure tree = YearIndex.structure(catalogue);
        ObjectNode out = MAPPER.createObjectNode();
        ObjectNode normalisation = out.putObject("normalisation");
        normalisation.set("default", choice(c.normalisation()));
        ObjectNode perIndicator = normalisation.putObject("indicators");
        new TreeMap<>(c.normalisationOf()).forEach((id, n) -> perIndicator.set(id, choice(n)));
        out.set("comparison", choice(c.comparison()));
        ObjectNode denominators = out.putObject("denominators");
        new TreeMap<>(c.denominatorOf()).forEach(denominators::put);
        out.set("imputation", choice(c.imputation()));
        out.set("treatment", choice(c.treatment()));

        ObjectNode aggregation = out.putObject("aggregation");
        aggregation.put("default", word(c.aggregation()));
        ObjectNode levels = aggregation.putObject("levels");
        ObjectNode thresholds = MAPPER.createObjectNode();
        thresholds.put("basis", word(c.availability()));
        ObjectNode thresholdLevels = thresholds.putObject("levels");
        int top = tree.level(YearIndex.ROOT);
        for (int level = 2; level <= top; level++) {
            levels.put(String.valueOf(level), word(c.aggregationAtLevel().getOrDefault(level, c.aggregation())));
            Double t = c.thresholdAtLevel().get(level);
            if (t == null && c.threshold().isPresent()) t = c.threshold().getAsDouble();
            if (t == null) thresholdLevels.putNull(String.valueOf(level));
            else thresholdLevels.put(String.valueOf(level), t);
        }
        ObjectNode nodes = aggregation.putObject("nodes");
        for (Dimension d : catalogue.dimensions()) d.aggregation().ifPresent(a -> nodes.put(d.id(), word(a)));
        ObjectNode nodeLevels = aggregation.putObject("nodeLevels");
        for (Node n : tree.aggregates()) nodeLevels.put(n.code(), tree.level(n.code()));
        out.set("thresholds", thresholds);

        ObjectNode ranking = out.putObject("ranking");
        if (c.ranking().decimals().isPresent()) ranking.put("decimals", c.ranking().decimals().getAsInt());
        else ranking.putNull("decimals");
        ranking.put("ties", word(c.ranking().ties()));
        ranking.put("order", "descending");
        out.set("sensitivity", sensitivity(catalogue.method().sensitivity()));
        return out;
    }

    /** What the sensitivity analysis varies, each list with the method's own choice first. */
    static ObjectNode sensitivity(SensitivityChoices s) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("design", word(s.design()));
        out.put("samples", s.samples());
        out.put("seed", s.seed());
        out.put("bootstrap", s.bootstrap());
        out.put("node", s.node());
        s.normalisations().forEach(n -> out.withArray("normalisations").add(choice(n)));
        s.aggregations().forEach(a -> out.withArray("aggregations").add(word(a)));
        s.imputations().forEach(i -> out.withArray("imputations").add(choice(i)));
        s.treatments().forEach(t -> out.withArray("treatments").add(choice(t)));
        ObjectNode weights = out.putObject("weights");
        weights.put("varied", s.weights());
        weights.put("spread", s.spread());
        ObjectNode atLevel = weights.putObject("levels");
        new TreeMap<>(s.spreadAtLevel()).forEach((l, v) -> atLevel.put(String.valueOf(l), v));
        return out;
    }

    /** A typed choice (a record) as {@code {"method": "min-max", "lower": 0, "upper": 100}}. */
    static ObjectNode choice(Object record) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("method", kebab(record.getClass().getSimpleName()));
        out.setAll((ObjectNode) MAPPER.valueToTree(record));
        return out;
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** {@code MinMax} → {@code min-max}, {@code ZScore} → {@code z-score}: the method table's words. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
