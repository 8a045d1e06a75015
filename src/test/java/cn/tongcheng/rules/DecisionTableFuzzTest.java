package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the decision-table reader and the rule sandbox: any bytes give DRL or a {@code TableException}
 * (reported as {@code rules.table-unreadable}), and the sandbox checks any text without failing. The first
 * byte picks CSV or XLSX. A normal test run replays the seeds under {@code DecisionTableFuzzTestInputs/}.
 */
class DecisionTableFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void tables(byte[] data) {
        if (data == null || data.length == 0) return;
        String name = (data[0] & 1) == 0 ? "t.drl.csv" : "t.drl.xlsx";
        String drl;
        try {
            drl = DecisionTableTranslator.toDrl(name, Arrays.copyOfRange(data, 1, data.length));
        } catch (DecisionTableTranslator.TableException e) {
            return;
        }
        RuleFile file = RuleFile.of(name, drl, true);
        for (RuleSandbox.Violation v : RuleSandbox.check(drl)) {
            assertTrue(file.sourceLine(v.drlLine()) >= 0, v.toString());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void sandbox(String drl) {
        if (drl == null) return;
        for (RuleSandbox.Violation v : RuleSandbox.check(drl)) {
            assertTrue(v.drlLine() >= 1 && !v.name().isEmpty(), v.toString());
        }
    }
}
