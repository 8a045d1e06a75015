package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report over the small test rule base: places, charts, statuses, changes, offline. */
class HtmlReportTest {
    static Assessment a;
    static String zh;
    static String en;

    @BeforeAll
    static void render() {
        a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 1);
        zh = new HtmlReport().render(ReportViewBuilder.of(a, Language.ZH));
        en = new HtmlReport().render(ReportViewBuilder.of(a, Language.EN));
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"place\" id=\"place-" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void everyPlaceWithDataHasItsSectionAndRadarAndEveryYearARankingChart() {
        for (String id : List.of("c-2016", "a-2016", "b-2016", "d-2016", "p-2016", "a-2015")) {
            String s = section(zh, id);
            assertEquals(1, count(s, "data-chart=\"radar\""), id);
            assertEquals(3, count(s, "<circle class=\"dot\""), id + ": one dot per dimension");
        }
        assertEquals(2, count(zh, "data-chart=\"ranking\""));
        String summary2016 = zh.substring(zh.indexOf("id=\"year-2016\""), zh.indexOf("<section class=\"place\" id=\"place-c-2016\""));
        assertEquals(5, count(summary2016, "<g class=\"bar\""));
        String summary2015 = zh.substring(zh.indexOf("id=\"year-2015\""), zh.indexOf("id=\"year-2016\""));
        assertEquals(5, count(summary2015, "<g class=\"bar\""), "places without an index are in the chart too");
        assertTrue(summary2016.contains("1. 丙县"), summary2016);
        assertTrue(summary2016.contains("戊市 （对标）"), "peer marked in the chart");
    }

    @Test
    void gapsShowStatusBySymbolAndWordNotOnlyColour() {
        String a2016 = section(zh, "a-2016");
        assertTrue(a2016.contains("<span class=\"status partly-met\">◐ 部分达标</span>"), a2016);
        assertTrue(a2016.contains("<span class=\"status met\">✔ 达标</span>"), a2016);
        assertTrue(section(zh, "b-2016").contains("<span class=\"status not-met\">✘ 未达标</span>"));
    }

    @Test
    void yearOnYearArrowsWhereThereIsAPreviousYear() {
        String a2016 = section(zh, "a-2016");
        assertTrue(a2016.contains("较 2015 年变化"), a2016);
        assertTrue(a2016.contains("↑ +12.5"), a2016);
        assertFalse(section(zh, "a-2015").contains("↑"));
    }

    @Test
    void trendChartAcrossTheAssessedYearsWithTheIndexAndEachDimensionThatHasAScore() {
        String a2016 = section(zh, "a-2016");
        assertEquals(1, count(a2016, "data-chart=\"trend\""), a2016);
        String trend = a2016.substring(a2016.indexOf("data-chart=\"trend\""));
        trend = trend.substring(0, trend.indexOf("</figure>"));
        ReportView v = ReportViewBuilder.of(a, Language.ZH);
        TrendChart chart = v.latest().placesWithData().stream().filter(p -> p.id().equals("a")).findFirst().orElseThrow().trend();
        assertEquals(List.of(2015, 2016), chart.years());
        assertEquals("综合指数", chart.series().get(0).name());
        assertEquals(java.util.Arrays.asList(62.5, 64.6), chart.series().get(0).values(), "乙县's index in 2015 and 2016");
        assertEquals(1, chart.series().get(0).lines().size(), "one unbroken line");
        assertTrue(trend.contains("<g class=\"series\" data-series=\"综合指数\"><polyline"), trend);
        assertTrue(trend.contains("<title>综合指数 2015: 62.5</title>"), trend);
        assertTrue(trend.contains("data-series=\"产业合作\""), trend);
        List<String> names = chart.series().stream().map(TrendChart.Series::name).toList();
        assertTrue(names.containsAll(List.of("交通基础设施", "产业合作", "公共服务")), names.toString());
        ReportView oneYear = ReportViewBuilder.of(Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 1),
                Language.ZH);
        assertFalse(oneYear.latest().placesWithData().get(0).hasTrend(), "no trend from one year");
    }

    @Test
    void recommendationsWithSourcesAndCoverageAndProfile() {
        String a2016 = section(zh, "a-2016");
        assertTrue(a2016.contains("推进医保实时结算。"), a2016);
        assertTrue(a2016.contains("A08"), a2016);
        assertTrue(a2016.contains("4 个指标中 4 个有数据"), a2016);
        assertTrue(section(zh, "b-2016").contains("+37.5"), "profile: industry.share against the others' mean");
    }

    @Test
    void sourceMarksLinkToTheArticlesCitedWithTheirTitles() {
        assertTrue(section(zh, "a-2016").contains("<a class=\"src\" href=\"#art-A16\">A16</a>"), section(zh, "a-2016"));
        int list = zh.indexOf("<section class=\"articles\" id=\"articles\">");
        assertTrue(list > 0, "list of articles cited");
        String articles = zh.substring(list);
        assertTrue(articles.contains("<li id=\"art-A16\"><strong>A16</strong> 接轨上海，让百姓就医更有“获得感”. 《浙江在线新闻网》, 2016-10-20</li>"),
                articles);
        assertFalse(articles.contains("id=\"art-A01\""), "only articles cited");
        assertFalse(zh.contains("\\*"), "no literal backslash before the policy-choice mark");
        assertTrue(zh.contains("<p class=\"note\">* 目标为政策选择"), "footnote");
    }

    @Test
    void everyRecommendationIsInThePageThoseBeyondTheFirstFolded() {
        ReportView v = ReportViewBuilder.of(a, Language.ZH);
        int inView = 0;
        for (ReportView.YearView y : v.years()) {
            for (ReportView.PlaceView p : y.placesWithData()) {
                inView += p.recommendations().all().size() + p.noDataRecommendations().all().size();
            }
        }
        assertEquals(inView, count(zh, "<li class=\"rec\">"),
                "every recommendation of every place with data");
        assertFalse(zh.contains("JSON"), "nothing sent to the JSON report");
        List<ReportView.TextRow> twelve = java.util.Collections.nCopies(12, v.latest().placesWithData().get(0)
                .recommendations().all().get(0));
        ReportView.Listing folded = ReportView.Listing.of(twelve, "展开其余 2 条");
        assertEquals(10, folded.first().size());
        assertEquals(2, folded.rest().size());
        assertEquals("展开其余 2 条", folded.more());
    }

    @Test
    void englishWithLangEn() {
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(section(en, "a-2016").contains("County A"));
        assertTrue(en.contains("Introduce real-time medical settlement."));
        assertTrue(en.contains("✘ not met"), en);
    }

    @Test
    void selfContainedPrintableAndFontStackHasCjkFonts() {
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(zh).find(), "nothing fetched");
        assertFalse(zh.contains("<script"));
        assertTrue(zh.contains("@page { size: A4"));
        assertTrue(zh.contains(".place { break-before: page; }"));
        assertTrue(zh.contains("'Noto Sans CJK SC'"));
    }
}
