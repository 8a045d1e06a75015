package cn.tongcheng.grading;

import cn.tongcheng.rules.ConventionItem;
import cn.tongcheng.rules.RowBasis;
import cn.tongcheng.model.Text;

/**
 * An item that applied to a unit's year, and why: its row, the condition, and the fact or score it held on.
 *
 * @param points   the item's points (0 for a veto)
 * @param capGrade for a veto, the best grade it leaves; null otherwise
 * @param value    the value the condition saw, as shown ({@code 3}, {@code yes}), or empty when there was no fact
 * @param evidence where that value comes from ({@code facts/x.csv:12}), or empty
 */
public record Hit(ConventionItem.Kind kind, String id, Text text, String indicator, String condition, double points,
                  String capGrade, String value, String evidence, RowBasis basis, String origin) {
}
