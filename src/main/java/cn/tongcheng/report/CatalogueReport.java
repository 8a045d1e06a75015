package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The indicator catalogue: every indicator with its dimension, unit, direction and source, and the
 * criteria rows (target, weight, basis) that applied to the places of an assessment.
 */
public final class CatalogueReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An indicator and the distinct criteria that set its targets. */
    public record Entry(Indicator indicator, List<Criterion> criteria) {
    }

    public static List<Entry> entries(Assessment a) {
        Map<String, Map<String, Criterion>> byIndicator = new LinkedHashMap<>();
        a.catalogue().indicators().forEach(i -> byIndicator.put(i.id(), new LinkedHashMap<>()));
        for (var p : a.places()) {
            for (IndicatorScore s : p.indicators()) {
                byIndicator.get(s.getIndicator()).putIfAbsent(s.getCriterion().origin(), s.getCriterion());
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Indicator i : a.catalogue().indicators()) out.add(new Entry(i, List.copyOf(byIndicator.get(i.id()).values())));
        return out;
    }

    public static String markdown(Assessment a, Language language) {
        Messages m = Messages.of(language);
        boolean zh = m.isChinese();
        StringBuilder out = new StringBuilder();
        out.append("| id | ").append(m.get("col.indicator")).append(" | ").append(m.get("col.dimension"))
                .append(" | ").append(m.get("cat.unit")).append(" | ").append(m.get("cat.direction")).append(" | ")
                .append(m.get("col.target")).append(" | ").append(m.get("cat.weight")).append(" | ")
                .append(m.get("cat.basis")).append(" | ").append(m.get("col.source")).append(" |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Entry e : entries(a)) {
            Indicator i = e.indicator();
            String dim = a.catalogue().dimension(i.dimension()).map(d -> d.name(zh)).orElse(i.dimension());
            String direction = switch (i.type()) {
                case NUMBER -> m.get(i.higherIsBetter() ? "cat.higher" : "cat.lower");
                case YESNO -> m.get("cat.yesno");
                case LEVEL -> String.join(" < ", i.levels());
            };
            List<Criterion> cs = e.criteria();
            String targets = i.monitoring() ? m.get("cat.monitoring") : cs.isEmpty() ? m.get("cat.no-target") : String.join("; ", cs.stream().map(c -> c.target() == null ? "—" : c.target().display()).toList());
            String weights = String.join("; ", cs.stream().map(c -> cn.tongcheng.facts.Numbers.format(c.weight())).toList());
            String bases = String.join("; ", cs.stream().map(c -> m.get("basis." + c.basis())).toList());
            out.append("| ").append(i.id()).append(" | ").append(i.name(zh)).append(" | ").append(dim).append(" | ")
                    .append(i.unit()).append(" | ").append(direction).append(" | ").append(targets).append(" | ")
                    .append(weights).append(" | ").append(bases).append(" | ").append(i.source()).append(" |\n");
        }
        return out.toString();
    }

    public static String json(Assessment a) {
        try {
            return MAPPER.writeValueAsString(entries(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every quote the rule base cites, as {@code [{"where", "quote"}]} for {@code check-quotes -}. */
    public static String quotes(Assessment a) {
        List<Map<String, String>> out = new ArrayList<>();
        a.catalogue().dimensions().forEach(d -> add(out, d.origin(), d.quote()));
        a.catalogue().indicators().forEach(i -> add(out, i.origin(), i.quote()));
        entries(a).forEach(e -> e.criteria().forEach(c -> add(out, c.origin(), c.quote())));
        for (var p : a.places()) {
            p.recommendations().forEach(r -> add(out, r.origin(), r.quote()));
            p.diagnoses().forEach(d -> add(out, d.origin(), d.quote()));
        }
        try {
            return MAPPER.writeValueAsString(out.stream().distinct().toList()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<Map<String, String>> out, String where, String quote) {
        if (quote != null && !quote.isBlank()) out.add(Map.of("where", where, "quote", quote));
    }
}
