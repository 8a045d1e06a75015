package cn.tongcheng.method;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The ASEM Sustainable Connectivity reference (src/test/resources/asem, copied from COINr's data): its structure,
 * data and method as {@code asem_metadata.csv} and the README describe them, read without interpretation.
 */
final class Asem {
    static final String GROUP = "group_eurasia";

    private Asem() {
    }

    static List<Map<String, String>> rows(String file) {
        try (InputStream in = Asem.class.getResourceAsStream("/asem/" + file)) {
            if (in == null) throw new IllegalStateException("missing test resource asem/" + file);
            MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexStructure structure() {
        List<Node> nodes = new ArrayList<>();
        for (Map<String, String> r : rows("asem_metadata.csv")) {
            double weight = Double.parseDouble(r.get("weight"));
            if (r.get("type").equals("indicator")) {
                nodes.add(Node.indicator(r.get("code"), r.get("parent"),
                        r.get("direction").equals("lower") ? Direction.LOWER : Direction.HIGHER, weight));
            } else {
                nodes.add(Node.aggregate(r.get("code"), r.get("parent"), weight));
            }
        }
        return IndexStructure.of(nodes);
    }

    /** Steps 1–6 of the README: denominators from the metadata, group means, COINr winsorisation, min-max 0–100, arithmetic means, ranks of 2-decimal scores. */
    static MethodSpec.Builder method() {
        MethodSpec.Builder m = MethodSpec.builder()
                .imputation(new Imputation.GroupMean(GROUP))
                .treatment(Treatment.Winsorise.coinrDefaults())
                .normalisation(new Normalisation.MinMax(0, 100))
                .aggregation(Aggregation.ARITHMETIC)
                .ranking(Ranking.rounded(2));
        for (Map<String, String> r : rows("asem_metadata.csv")) {
            if (r.get("type").equals("indicator") && !r.get("denominator").isEmpty())
                m.denominator(r.get("code"), r.get("denominator"));
        }
        return m;
    }

    static Dataset data() {
        Dataset.Builder d = Dataset.builder();
        for (Map<String, String> r : rows("asem_units.csv")) {
            Map<String, String> groups = new LinkedHashMap<>();
            r.forEach((k, v) -> {
                if (k.startsWith("group_")) groups.put(k, v);
            });
            d.unit(r.get("unit"), groups);
        }
        for (Map<String, String> r : rows("asem_raw_tidy.csv"))
            d.value(r.get("unit"), r.get("indicator"), Double.parseDouble(r.get("value")));
        return d.build();
    }
}
