package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Scoreboard.Mark;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.Value;
import cn.tongcheng.model.Text;
import cn.tongcheng.rules.Practice;

import org.junit.jupiter.api.Test;

/** Hand-worked cells of the practice scoreboard: done, not done and not reported, from the facts alone. */
class ScoreboardTest {
    private static final Indicator BUS = new Indicator("bus", "公交", "Bus", "transport", IndicatorType.YESNO, "是/否", true,
            List.of(), Double.NaN, Double.NaN, "", "", "test");
    private static final Indicator SHUTTLE = new Indicator("shuttle", "班车", "Shuttle", "transport", IndicatorType.YESNO, "是/否",
            true, List.of(), Double.NaN, Double.NaN, "", "", "test");
    private static final Indicator SETTLE = new Indicator("settle", "结算", "Settlement", "public", IndicatorType.LEVEL, "", true,
            List.of("无", "规划中", "试点", "全面"), Double.NaN, Double.NaN, "", "", "test");
    private static final Map<String, Indicator> INDICATORS = Map.of("bus", BUS, "shuttle", SHUTTLE, "settle", SETTLE);
    private static final Practice LINK = new Practice("P-LINK", new Text("到上海的公交或班车", "Bus or shuttle"),
            List.of("bus", "shuttle"), "", "A00", "q", "test:2");
    private static final Practice SETTLEMENT = new Practice("P-SETTLE", new Text("医保结算", "Settlement"), List.of("settle"),
            "试点", "A00", "q", "test:3");
    private static final List<Place> PLACES = List.of(place("a"), place("b"), place("c"), place("d"), place("e"));

    private static Place place(String id) {
        return new Place(id, id, id, "county", "x", false, Map.of());
    }

    private static Fact fact(String place, int year, String indicator, Value v) {
        return new Fact(place, year, indicator, v, "", "A00", "quote of " + place, "", "facts.csv:1");
    }

    @Test
    void aCellIsDoneNotDoneOrNotReportedByTheLatestFactUpToItsYear() {
        List<Fact> facts = List.of(
                fact("a", 2015, "bus", new Value.YesNo(true)),            // done in 2015, nothing since: done, reported 2015
                fact("b", 2016, "bus", new Value.YesNo(false)),           // a fact says not done
                fact("c", 2016, "bus", new Value.YesNo(false)),           // not done by one indicator,
                fact("c", 2016, "shuttle", new Value.YesNo(true)),        // done by another: done
                fact("d", 2015, "bus", new Value.YesNo(true)),            // done in 2015,
                fact("d", 2016, "bus", new Value.YesNo(false)),           // not done in 2016: the latest says not done
                fact("e", 2017, "bus", new Value.YesNo(true)),            // a later year says nothing of 2016
                fact("a", 2016, "settle", new Value.Level("规划中")),       // below done_from: not done
                fact("b", 2016, "settle", new Value.Level("试点")),         // at done_from: done
                fact("c", 2016, "settle", new Value.Level("全面")));        // above: done
        Scoreboard board = Scoreboard.of(List.of(LINK, SETTLEMENT), INDICATORS, facts, PLACES, List.of(2016));
        assertEquals(10, board.cells().size());

        Scoreboard.Cell a = board.cell("P-LINK", "a", 2016).orElseThrow();
        assertEquals(Mark.DONE, a.mark());
        assertEquals(2015, a.evidence().year());
        assertEquals(Mark.NOT_DONE, board.cell("P-LINK", "b", 2016).orElseThrow().mark());
        Scoreboard.Cell c = board.cell("P-LINK", "c", 2016).orElseThrow();
        assertEquals(Mark.DONE, c.mark());
        assertEquals("shuttle", c.evidence().indicator());
        assertEquals(Mark.NOT_DONE, board.cell("P-LINK", "d", 2016).orElseThrow().mark());
        Scoreboard.Cell e = board.cell("P-LINK", "e", 2016).orElseThrow();
        assertEquals(Mark.NOT_REPORTED, e.mark(), "not reported is not 'not done'");
        assertNull(e.evidence());

        assertEquals(Mark.NOT_DONE, board.cell("P-SETTLE", "a", 2016).orElseThrow().mark());
        assertEquals(Mark.DONE, board.cell("P-SETTLE", "b", 2016).orElseThrow().mark());
        assertEquals(Mark.DONE, board.cell("P-SETTLE", "c", 2016).orElseThrow().mark());
        assertEquals(Mark.NOT_REPORTED, board.cell("P-SETTLE", "d", 2016).orElseThrow().mark());

        assertEquals(List.of("a", "b"), board.only(List.of("a", "b")).cells().stream().map(Scoreboard.Cell::place).distinct().toList());
    }
}
