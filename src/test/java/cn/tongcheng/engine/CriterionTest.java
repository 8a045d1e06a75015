package cn.tongcheng.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.tongcheng.facts.Value;
import cn.tongcheng.model.Text;
import cn.tongcheng.rules.AppliesTo;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.Reason;

import org.junit.jupiter.api.Test;

class CriterionTest {
    private static final Reason TOP = new Reason("top-level", new Text("以等级的最高一级为目标", "the highest level of the scale is the aim"),
            "reasons.csv:3");

    private static Criterion criterion(Text detail) {
        return Criterion.of(new CriterionRow("C-X", AppliesTo.EVERY_PLACE, null, null, "planning.x", new Value.Level("首位战略"), 1,
                CriterionRow.POLICY_CHOICE, "", "", TOP, detail, "targets.csv:2"));
    }

    @Test
    void theRowsDetailIsAddedToTheReasonInEachLanguage() {
        Text reason = criterion(new Text("首位战略是最高一级", "首位战略 is the top")).reason();
        assertEquals("以等级的最高一级为目标（首位战略是最高一级）", reason.zh());
        assertEquals("the highest level of the scale is the aim (首位战略 is the top)", reason.en());
    }

    @Test
    void aDetailWrittenInEnglishOnlyIsNotShownUntranslatedInChinese() {
        Text reason = criterion(new Text("", "A04 describes it")).reason();
        assertEquals("以等级的最高一级为目标", reason.zh());
        assertEquals("the highest level of the scale is the aim (A04 describes it)", reason.en());
    }
}
