package cn.tongcheng.round;

import java.util.List;
import java.util.stream.Collectors;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Catalogue;

/** The status of a round as a table on screen: per unit, what it returned, per dimension, coverage and what is missing. */
public final class StatusText {
    private StatusText() {
    }

    public static String render(RoundStatus status, Catalogue catalogue, Language language) {
        Messages m = Messages.of(language);
        boolean zh = language == Language.ZH;
        StringBuilder b = new StringBuilder();
        b.append(m.get("status.title", status.year(), status.returned().size(), status.notReturned().size(),
                pct(status.minCoverage()))).append('\n');
        List<String> dims = status.units().stream().flatMap(u -> u.dimensions().stream()).map(UnitStatus.DimensionStatus::dimension)
                .distinct().toList();
        b.append(pad(m.get("status.col.unit"), 10, true)).append(pad(m.get("status.col.reported"), 10, false))
                .append(pad(m.get("status.col.coverage"), 9, false));
        for (String d : dims) b.append(pad(dimensionName(catalogue, d, zh), 14, false));
        b.append("  ").append(m.get("status.col.files")).append('\n');
        for (UnitStatus u : status.units()) {
            b.append(pad(u.place().name(zh), 10, true)).append(pad(u.reported() + "/" + u.asked(), 10, false))
                    .append(pad(pct(u.weighted()) + (u.enough() ? " " : "!"), 9, false));
            for (String d : dims) {
                String cell = u.dimensions().stream().filter(x -> x.dimension().equals(d)).findFirst()
                        .map(x -> x.reported() + "/" + x.asked()).orElse("—");
                b.append(pad(cell, 14, false));
            }
            b.append("  ").append(u.files().isEmpty() ? m.get("status.not-returned") : String.join(", ", u.files())).append('\n');
        }
        b.append(m.get("status.legend", pct(status.minCoverage()))).append('\n');
        for (UnitStatus u : status.units()) {
            if (u.missing().isEmpty()) continue;
            String list = u.missing().stream().map(i -> i.name(zh)).limit(12).collect(Collectors.joining(zh ? "、" : "; "));
            if (u.missing().size() > 12) list += zh ? " 等" : " …";
            b.append(m.get("status.missing", u.place().name(zh), u.missing().size(), list)).append('\n');
        }
        return b.toString();
    }

    /** Pads to a width in terminal columns, a Chinese character taking two. */
    static String pad(String s, int width, boolean left) {
        int w = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum();
        String fill = " ".repeat(Math.max(1, width - w));
        return left ? s + fill : fill + s;
    }

    static String dimensionName(Catalogue catalogue, String id, boolean zh) {
        return catalogue.dimension(id).map(d -> zh ? d.nameZh() : d.nameEn()).filter(s -> !s.isBlank()).orElse(id);
    }

    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
