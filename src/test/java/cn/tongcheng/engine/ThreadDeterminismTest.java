package cn.tongcheng.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.report.JsonReport;

import org.junit.jupiter.api.Test;

class ThreadDeterminismTest {
    @Test
    void resultsAreIdenticalWhateverTheThreadCount() {
        String one = new JsonReport().render(Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 1), Language.ZH);
        for (int threads : new int[] {2, 4, 8}) {
            String many = new JsonReport().render(Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), threads), Language.ZH);
            assertEquals(one, many, "threads = " + threads);
        }
    }
}
