package cn.tongcheng.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongcheng.report.ReportView.ArticleRef;
import cn.tongcheng.report.ReportView.DimensionRow;
import cn.tongcheng.report.ReportView.IndicatorRow;
import cn.tongcheng.report.ReportView.PlaceView;
import cn.tongcheng.report.ReportView.Source;
import cn.tongcheng.report.ReportView.StandingRow;
import cn.tongcheng.report.ReportView.SummaryRow;
import cn.tongcheng.report.ReportView.TextRow;
import cn.tongcheng.report.ReportView.TopRecommendation;
import cn.tongcheng.report.ReportView.YearView;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document (opens in Word, WPS and LibreOffice): page 1 is the title and the summary for
 * leaders (main findings, the ranking as a native, editable bar chart, the recommendations worth most); then the
 * contents, the summary table of each year, a section per place (dimensions, gaps, strengths and weaknesses,
 * diagnoses, recommendations with their sources), the articles cited and the method. A4, real heading styles
 * (navigation pane, contents), real tables with a header row repeated on each page. Chinese text is set in
 * SimSun / SimHei (every Windows and WPS has them); programs without them substitute a CJK font. Page and
 * styles: {@link DocxStyles}; charts: {@link DocxCharts}.
 */
public final class DocxReport implements ReportWriter {
    /** Tier colours of the HTML report's chart, so that both reports read alike. */
    static final Map<String, String> TIER_COLOURS = Map.of("leading", "2F855A", "on-track", "68D391",
            "catching-up", "F6AD55", "lagging", "FC8181", "none", "A0AEC0");

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\R+");

    /** Text of one paragraph: a line break in a name or text would be a control character in a Word run. */
    static String flat(String s) {
        return s == null ? "" : LINE_BREAKS.matcher(s).replaceAll(" ");
    }

    @Override
    public byte[] write(ReportView view) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Document(doc, view).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Document {
        private static final int TEXT_WIDTH = DocxStyles.TEXT_WIDTH;
        private final XWPFDocument doc;
        private final ReportView v;
        private int bookmarkId = 1;
        private DocxStyles.Lists lists;
        /** Points of table text: the wide summary table is set smaller. */
        private int cellFont = 9;

        Document(XWPFDocument doc, ReportView v) {
            this.doc = doc;
            this.v = v;
        }

        private String t(String key) {
            return v.t().get(key.replace('.', '_'));
        }

        void write() throws IOException, InvalidFormatException {
            DocxStyles.page(doc);
            DocxStyles.styles(doc, v.zh());
            DocxStyles.fontTable(doc);
            lists = DocxStyles.lists(doc);
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(v.title());
            core.setCreator("tongcheng");
            summaryPage();
            contents();
            for (YearView y : v.years()) {
                year(y);
                if (y.hasGrading()) grading(y.grading());
                for (PlaceView p : y.placesWithData()) place(p);
            }
            monitoring();
            articles();
            annex();
        }

        /** The annual assessment: the conventions, a row per unit, then why each unit has its grade. */
        private void grading(GradingView g) {
            heading(2, g.title());
            text("Small", g.conventions());
            XWPFTable table = table(List.of(t("grading.col.unit"), t("grading.col.kind"), t("grading.col.base"),
                    t("grading.col.bonus"), t("grading.col.deduction"), t("grading.col.final"), t("grading.col.by-score"),
                    t("grading.col.grade")), new int[] {18, 12, 9, 8, 8, 10, 11, 11});
            for (GradingView.Row r : g.rows()) {
                row(table, List.of(r.unit(), r.kind(), r.base(), r.bonus(), r.deduction(), r.finalScore(), r.byScore(), r.grade()),
                        false, false, true, true, true, true);
            }
            heading(3, t("grading.col.why"));
            for (GradingView.Row r : g.rows()) {
                if (r.why().isEmpty()) continue;
                XWPFParagraph p = bullet(r.unit() + " — " + r.grade() + ": ");
                small(p, String.join(v.zh() ? "；" : "; ", r.why()));
            }
        }

        // ---- building blocks

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) p.setStyle(style);
            return p;
        }

        private XWPFParagraph centred() {
            XWPFParagraph p = paragraph(null);
            p.setAlignment(ParagraphAlignment.CENTER);
            return p;
        }

        private XWPFParagraph heading(int level, String text) {
            XWPFParagraph p = paragraph("Heading" + level);
            p.createRun().setText(flat(text));
            return p;
        }

        private XWPFParagraph text(String style, String text) {
            XWPFParagraph p = paragraph(style);
            p.createRun().setText(flat(text));
            return p;
        }

        /** An item of a Word list (a bullet list, or the numbered list {@code list}). */
        private XWPFParagraph item(BigInteger list, String text) {
            XWPFParagraph p = paragraph(null);
            p.setNumID(list);
            p.setNumILvl(BigInteger.ZERO);
            p.createRun().setText(flat(text));
            return p;
        }

        private XWPFParagraph bullet(String text) {
            return item(lists.bullet(), text);
        }

        /** A reference with its mark hanging in the margin: "[A08]  title. publisher, date". */
        private XWPFParagraph reference(String mark) {
            XWPFParagraph p = paragraph(null);
            p.setIndentationLeft(720);
            p.setIndentationHanging(720);
            p.createRun().setText(mark + "\t");
            return p;
        }

        private void pageBreak() {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }

        /** "— A08「quote」" with the article id linked to its entry in the list of articles. */
        private void source(XWPFParagraph p, Source source, String quote) {
            if (source.id().isEmpty()) return;
            small(p, " — ");
            if (source.linked()) {
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setAnchor(source.anchor());
                CTR r = link.addNewR();
                CTRPr rpr = r.addNewRPr();
                rpr.addNewColor().setVal("2E5597");
                rpr.addNewSz().setVal(BigInteger.valueOf(18));
                rpr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
                r.addNewT().setStringValue(flat(source.id()));
            } else {
                small(p, source.id());
            }
            if (!quote.isEmpty()) small(p, "「" + quote + "」");
        }

        private static void small(XWPFParagraph p, String text) {
            XWPFRun r = p.createRun();
            r.setFontSize(9);
            r.setColor("4A5568");
            r.setText(flat(text));
        }

        private XWPFTable table(List<String> head, int[] widths) {
            XWPFTable table = doc.createTable(1, head.size());
            table.setCellMargins(20, 50, 20, 50);
            CTTblWidth w = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                    : table.getCTTbl().getTblPr().addNewTblW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(TEXT_WIDTH));
            table.getCTTbl().getTblPr().addNewTblLayout().setType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
            int total = java.util.Arrays.stream(widths).sum();
            var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
            for (int wi : widths) grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * wi / total));
            XWPFTableRow row = table.getRow(0);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int i = 0; i < head.size(); i++) {
                XWPFTableCell c = row.getCell(i);
                c.setWidth(String.valueOf((long) TEXT_WIDTH * widths[i] / total));
                CTShd shd = c.getCTTc().addNewTcPr().addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setFill("E7ECF4");
                cell(c, head.get(i), true, false);
            }
            return table;
        }

        private void row(XWPFTable table, List<String> cells, boolean... numeric) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < cells.size(); i++) {
                cell(row.getCell(i), cells.get(i), false, i < numeric.length && numeric[i]);
            }
        }

        private void cell(XWPFTableCell c, String text, boolean bold, boolean right) {
            XWPFParagraph p = c.getParagraphs().get(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0);
            if (right) p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun r = p.createRun();
            r.setFontSize(cellFont);
            r.setBold(bold);
            r.setText(flat(text));
        }

        private static String with(String value, String change) {
            return change.isEmpty() ? value : value + " " + change;
        }

        // ---- page 1: title and the summary for leaders

        private void summaryPage() throws IOException, InvalidFormatException {
            YearView y = v.latest();
            text("Title", v.title());
            text("Small", v.yearSpan() + " · " + t("report.cover.by"));
            heading(1, t("report.leaders") + " · " + y.year());
            if (y.hasBoard()) board(y.board());
            heading(2, t("report.findings"));
            for (String f : y.findings()) bullet(f);
            List<SummaryRow> ranked = y.withIndex();
            if (!ranked.isEmpty()) {
                DocxCharts.ranking(doc, centred().createRun(),
                        java.text.MessageFormat.format(t("report.summary.chart"), String.valueOf(y.year())), ranked, v.tiers());
            }
            heading(2, t("report.top"));
            BigInteger top = lists.newNumbered();
            for (TopRecommendation r : y.top()) {
                XWPFParagraph p = item(top, r.text());
                small(p, r.detail());
                source(p, r.source(), "");
            }
            if (y.top().isEmpty()) text(null, t("report.none"));
            pageBreak();
        }

        /** The practice scoreboard: what the documents report done, not done or not at all, before any score. */
        private void board(ReportView.BoardView b) {
            heading(2, b.heading());
            text(null, b.intro());
            text("Small", b.legend());
            List<String> head = new ArrayList<>(List.of(t("board.practice")));
            head.addAll(b.places());
            int[] widths = new int[head.size()];
            java.util.Arrays.fill(widths, 10);
            widths[0] = 28;
            cellFont = 8;
            XWPFTable table = table(head, widths);
            for (ReportView.BoardRow r : b.rows()) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                cell(row.getCell(0), r.practice(), false, false);
                for (int i = 0; i < r.cells().size(); i++) {
                    ReportView.BoardCell c = r.cells().get(i);
                    XWPFTableCell cell = row.getCell(i + 1);
                    var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setFill(switch (c.css()) {
                        case "done" -> "E6F4EA";
                        case "not-done" -> "FDECEC";
                        default -> "F7FAFC";
                    });
                    // the sign and its note's number; the legend above says each sign in words
                    cell(cell, c.mark() + (c.hasNote() ? " " + c.note() : ""), !"not-reported".equals(c.css()), false);
                }
            }
            cellFont = 9;
            if (!b.hasNotes()) return;
            heading(3, t("board.notes"));
            for (ReportView.BoardNote n : b.notes()) {
                XWPFParagraph p = paragraph("Small");
                p.setSpacingAfter(0);
                p.createRun().setText(flat(n.number() + ". " + n.text()));
                source(p, n.source(), n.quote());
            }
        }

        // ---- contents: a Word TOC field, filled with the headings so that it reads before it is updated

        private void contents() {
            XWPFParagraph title = paragraph(null);
            XWPFRun r = title.createRun();
            r.setText(flat(t("report.contents")));
            r.setBold(true);
            r.setFontSize(16);
            XWPFParagraph field = paragraph(null);
            field.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            field.getCTP().addNewR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
            field.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            List<String[]> entries = new ArrayList<>();
            for (YearView y : v.years()) {
                entries.add(new String[] {"1", t("report.summary.table") + " · " + y.year()});
                for (PlaceView p : y.placesWithData()) entries.add(new String[] {"2", p.name() + " · " + p.year()});
            }
            if (!v.monitoring().isEmpty()) entries.add(new String[] {"1", v.monitoring().title()});
            if (v.hasArticles()) entries.add(new String[] {"1", t("report.articles")});
            entries.add(new String[] {"1", t("report.annex")});
            boolean first = true;
            for (String[] e : entries) {
                XWPFParagraph p = first ? field : paragraph(null);
                first = false;
                p.setIndentationLeft(e[0].equals("1") ? 0 : 420);
                p.setSpacingAfter(0);
                p.createRun().setText(flat(e[1]));
            }
            XWPFParagraph end = paragraph(null);
            end.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            doc.getSettings();
            doc.enforceUpdateFields();
            pageBreak();
        }

        // ---- a year's summary table and the places

        private void year(YearView y) {
            heading(1, t("report.summary.table") + " · " + y.year());
            if (y != v.latest() && y.hasBoard()) board(y.board());
            if (y != v.latest()) for (String f : y.findings()) bullet(f);
            List<String> head = new ArrayList<>(List.of(t("col.rank"), t("col.place"), t("col.index"), t("col.tier"),
                    t("col.coverage"), t("col.unreported")));
            head.addAll(v.dimensionNames());
            int[] widths = new int[head.size()];
            java.util.Arrays.fill(widths, 13);
            widths[0] = 8;
            widths[1] = 24;
            widths[2] = 14;
            widths[3] = 10;
            widths[4] = 11;
            widths[5] = 11;
            cellFont = 8;
            XWPFTable table = table(head, widths);
            for (SummaryRow r : y.rows()) {
                List<String> cells = new ArrayList<>(List.of(with(r.rank(), r.rankChange()),
                        r.place() + (r.peer() ? " " + r.peerLabel() : ""), with(r.index(), r.indexChange()),
                        r.tier().isEmpty() ? "—" : r.tier(), r.coverage(), r.unreported()));
                r.dimensions().forEach(c -> cells.add(with(c.text(), c.change())));
                boolean[] numeric = new boolean[cells.size()];
                java.util.Arrays.fill(numeric, true);
                numeric[1] = false;
                numeric[3] = false;
                row(table, cells, numeric);
            }
            cellFont = 9;
            if (!y.noFacts().isEmpty()) text("Small", y.noFacts());
            if (y.sensitivity() != null) {
                heading(3, t("sens.chart"));
                text("Small", y.sensitivityMethod());
                y.sensitivity().sentences().forEach(this::bullet);
            }
        }

        private void place(PlaceView p) throws IOException, InvalidFormatException {
            heading(2, p.name() + (p.peer() ? " " + t("report.peer") : "") + " · " + p.year());
            XWPFParagraph head = paragraph(null);
            bold(head, t("col.index") + " ");
            head.createRun().setText(flat(with(p.index(), p.indexChange()) + " · "));
            bold(head, t("col.tier") + " ");
            head.createRun().setText(flat(p.tier() + " · "));
            bold(head, t("col.rank") + " ");
            head.createRun().setText(flat(with(p.rank(), p.rankChange()) + (p.since().isEmpty() ? "" : " · " + p.since())));
            if (!p.notRanked().isEmpty()) text("Small", p.notRanked());
            text("Small", t("report.coverage") + ": " + p.coverage() + " · " + p.unreported());
            text("Small", p.indexBasis());

            if (p.hasTrend()) {
                heading(3, t("report.trend"));
                DocxCharts.trend(doc, centred().createRun(), p.trend());
            }
            heading(3, t("report.dimensions"));
            XWPFTable dims = table(List.of(t("col.dimension"), t("col.score"), t("col.change"), t("col.coverage"), t("col.basis")),
                    new int[] {22, 10, 10, 18, 40});
            for (DimensionRow d : p.dimensions()) {
                row(dims, List.of(d.name(), d.score(), d.change(), d.coverage(), d.basis()), false, true, true, true, false);
            }

            heading(3, t("report.gaps"));
            List<IndicatorRow> gaps = p.gaps();
            XWPFTable g = table(List.of(t("col.indicator"), t("col.value"), t("col.target"), t("col.score"), t("col.change"),
                    t("col.status"), t("col.source"), t("col.basis")), new int[] {26, 10, 10, 7, 8, 10, 7, 26});
            for (IndicatorRow s : gaps) {
                row(g, List.of(s.indicator(), s.value(), s.target(), s.score(), s.change(), s.mark() + " " + s.statusText(),
                        s.source().id(), s.basis()), false, true, true, true, true, false, false, false);
            }
            text("Small", v.basisNote());

            if (!p.strongest().isEmpty() || !p.weakest().isEmpty()) {
                heading(3, t("report.profile.strongest") + " / " + t("report.profile.weakest"));
                XWPFTable sw = table(List.of(t("col.indicator"), t("col.score"), t("col.others"), t("col.difference")),
                        new int[] {45, 12, 22, 12});
                for (StandingRow s : p.strongest()) row(sw, List.of("▲ " + s.indicator(), s.score(), s.others(), s.difference()), false, true, true, true);
                for (StandingRow s : p.weakest()) row(sw, List.of("▼ " + s.indicator(), s.score(), s.others(), s.difference()), false, true, true, true);
            }
            if (p.hasDiagnoses()) {
                heading(3, t("report.diagnoses"));
                for (TextRow d : p.diagnoses()) {
                    XWPFParagraph par = bullet(d.text());
                    small(par, " — " + d.about());
                    source(par, d.source(), d.quote());
                }
            }
            heading(3, t("report.recommendations"));
            if (p.recommendations().isEmpty()) text(null, t("report.none"));
            BigInteger numbered = lists.newNumbered();
            for (TextRow r : p.recommendations().all()) recommendation(numbered, r);
            if (!p.noDataRecommendations().isEmpty()) {
                heading(3, t("report.recommendations.collect"));
                for (TextRow r : p.noDataRecommendations().all()) recommendation(lists.bullet(), r);
            }
            if (!p.noData().isEmpty()) text("Small", p.noData());
        }

        private void recommendation(BigInteger list, TextRow r) {
            XWPFParagraph par = item(list, r.text());
            if (!r.about().isEmpty()) small(par, r.about());
            source(par, r.source(), r.quote());
        }

        private static void bold(XWPFParagraph p, String text) {
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(flat(text));
        }

        // ---- the monitoring indicators, articles cited and the method

        /** The monitoring indicators: value, change and source, never scored. */
        private void monitoring() {
            MonitoringSection m = v.monitoring();
            if (m.isEmpty()) return;
            heading(1, m.title());
            text("Small", m.note());
            XWPFTable table = table(m.header(), new int[] {6, 10, 26, 11, 11, 16, 20});
            for (MonitoringSection.Row r : m.rows()) {
                row(table, List.of(String.valueOf(r.year()), r.place(), r.indicator(), r.value(), r.change(), r.why(),
                        r.quote().isEmpty() ? r.source().id() : r.source().id() + "「" + r.quote() + "」"),
                        true, false, false, true, true, false, false);
            }
        }

        private void articles() {
            if (!v.hasArticles()) return;
            heading(1, t("report.articles"));
            for (ArticleRef a : v.articles()) {
                XWPFParagraph p = reference("[" + a.id() + "]");
                CTBookmark start = p.getCTP().addNewBookmarkStart();
                start.setName(a.anchor());
                start.setId(BigInteger.valueOf(bookmarkId));
                p.createRun().setText(flat(a.citation()));
                p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId++));
            }
        }

        private void annex() {
            heading(1, t("report.annex"));
            for (String line : v.annex()) text(null, line);
        }
    }
}
