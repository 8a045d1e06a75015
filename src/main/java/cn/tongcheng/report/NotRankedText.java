package cn.tongcheng.report;

import cn.tongcheng.assessment.RankingField;
import cn.tongcheng.i18n.Messages;

/** Why a year is not ranked, in words: 「7 个县（市、区）中仅 1 个数据充足，不足排名所需的 3 个……」. */
public final class NotRankedText {
    private NotRankedText() {
    }

    /** The sentence for a field too small to rank ({@code ranking.min_places}). */
    public static String of(RankingField f, Messages m) {
        return f.withIndex() == 0
                ? m.get("report.not-ranked.none", f.eligible(), f.minPlaces())
                : m.get("report.not-ranked", f.eligible(), f.withIndex(), f.minPlaces());
    }
}
