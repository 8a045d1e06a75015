package cn.tongcheng.method;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

/** Every stage and every reason for a missing value can be said in both languages. */
class MethodTextTest {

    @Test
    void everyStageAndReasonHasTextInEnglishAndChinese() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (Stage s : Stage.values()) assertNotEquals("method.stage." + s, m.get("method.stage." + s), language + " " + s);
            for (NoScoreReason r : NoScoreReason.values())
                assertNotEquals("method.reason." + r, m.get("method.reason." + r), language + " " + r);
        }
    }
}
