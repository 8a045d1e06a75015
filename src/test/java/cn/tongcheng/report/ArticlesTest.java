package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.sources.SourceLibrary;

import org.junit.jupiter.api.Test;

/** The reports' list of articles is the source documents' index: the shipped one whole; without one, ids alone. */
class ArticlesTest {

    @Test
    void theShippedListHoldsTheSeventeenSourceDocuments() {
        Articles a = Articles.of(SourceLibrary.open(Path.of("sources"), new ProblemList()).orElseThrow().articles());
        assertEquals(17, a.byId().size());
        assertEquals("嘉兴实施接轨大上海发展战略的调研与思考", a.get("A08").orElseThrow().title());
        assertEquals("2016-07-03", a.get("A08").orElseThrow().date());
    }

    @Test
    void anAssessmentOfTheShippedRulesCarriesTheArticlesItsReportsCite() {
        Assessment a = Fixtures.assess(Path.of("rules"), Path.of("facts"), List.of(2016), 2);
        ReportView view = ReportViewBuilder.of(a, cn.tongcheng.i18n.Language.ZH);
        assertTrue(view.articles().stream().anyMatch(r -> r.id().equals("A08") && r.title().startsWith("嘉兴实施接轨")),
                view.articles().toString());
    }

    @Test
    void withoutAListTheReportsShowTheIdsAlone() {
        assertTrue(Articles.of(List.of()).byId().isEmpty());
    }
}
