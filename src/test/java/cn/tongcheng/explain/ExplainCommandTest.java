package cn.tongcheng.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;

/** {@code tongcheng explain}: the chain fact → row → score → dimension → index, for known places. */
class ExplainCommandTest {

    static Run mini(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"explain", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year=2016"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return Fixtures.cli(args);
    }

    @Test
    void theWorkedExampleAddsUpToItsIndex() {
        Run run = mini("--place", "乙县", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("County A 2016: index 64.6, tier Catching up, rank 2"), out);
        // Transport (83.33, unrounded: (100 + 66.67) / 2) carries a quarter of the index; the bus half of transport.
        assertTrue(out.contains("Dimension Transport: score 83.3 × 25 % of the index = 20.83 points of the index"), out);
        assertTrue(out.contains("fact     90 — test “synthetic fixture” ("), out);
        assertTrue(out.matches("(?s).*row      C-MIN \\(\\S*targets\\.csv:3\\): target 60, weight 1, sourced A05.*"), out);
        assertTrue(out.contains("score    achievement 0.6667 → 66.7 points, partly met"), out);
        assertTrue(out.contains("50 % of the dimension's weight with data → 33.33 points of the dimension → 8.33 points of the index"), out);
        assertTrue(out.contains("Dimension Public services: score 50 × 50 % of the index = 25 points of the index"), out);
        assertTrue(out.matches("(?s).*R-SET \\(\\S*r\\.csv:4\\): Introduce real-time medical settlement\\.\\s+"
                + "← public\\.settlement not met \\(score 50, row \\S*targets\\.csv:6\\) ← fact 试点 \\(\\S*facts\\.csv:8\\).*"), out);
    }

    @Test
    void oneIndicatorInChinese() {
        Run run = mini("--place", "a", "--indicator", "industry.share");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("乙县 2016 年：综合指数 64.6，等级 追赶，排名 2"), run.out());
        assertTrue(run.out().contains("维度 产业合作：得分 75 × 占指数 25 % = 指数 18.75 分"), run.out());
        assertTrue(run.out().contains("R-SHARE"), run.out());
        assertFalse(run.out().contains("R-SET"), "only what the indicator caused: " + run.out());
        assertFalse(run.out().contains("transport.bus"), run.out());
    }

    @Test
    void pinghuIn2016OverTheShippedRules() {
        Run run = Fixtures.cli("explain", "--place", "平湖", "--year", "2016", "--indicator", "transport.metro_line22");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("平湖市 2016 年：综合指数"), out);
        assertTrue(out.contains("事实     列入规划 — A12“"), out);
        assertTrue(out.contains("标准     C-TR-METRO-LINE22（rules/criteria/targets.csv:41）：目标 开工"), out);
        assertTrue(out.contains("得分     达成度 0.5 → 50 分，未达标"), out);
        assertTrue(out.contains("除以分母后：1（无分母）") && out.contains("插补后：1（实际值）")
                && out.contains("异常值处理后：1（未经异常值处理）"), out);
        assertFalse(out.contains("observed") || out.contains("no denominator") || out.contains("outlier"), out);
    }

    @Test
    void anUnknownIndicatorOrPlaceIsAnOptionProblem() {
        assertEquals(2, mini("--place", "a", "--indicator", "nope").exitCode());
        Run run = mini("--place", "nowhere");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nowhere"), run.err());
    }
}
