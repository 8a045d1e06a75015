package cn.tongcheng.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.report.ReportView.SummaryRow;
import cn.tongcheng.report.ReportView.TierKey;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The Word report's charts, native Word charts (editable in Word and WPS, drawn by LibreOffice), with their data. */
final class DocxCharts {
    private DocxCharts() {
    }

    /**
     * The ranking as a native bar chart (editable in Word and WPS): one series per tier, so that bars are
     * coloured by tier and the legend names the tiers; the places with an index, best at the top.
     */
    static void ranking(XWPFDocument doc, XWPFRun run, String title, List<SummaryRow> rows, List<TierKey> tierKeys)
            throws IOException, InvalidFormatException {
        int height = (int) Math.round(Math.min(10.0, 4.0 + 0.8 * rows.size()) * Units.EMU_PER_CENTIMETER);
        XWPFChart chart = doc.createChart(run, 16 * Units.EMU_PER_CENTIMETER, height);
        chart.setTitleText(title);
        chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(12d);
        chart.setTitleOverlay(false);
        String[] names = rows.stream().map(r -> (r.rankValue() == null ? "" : r.rankValue() + ". ") + DocxReport.flat(r.place()) + (r.peer() ? " " + r.peerLabel() : "")).toArray(String[]::new);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
        cat.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
        val.setMinimum(0);
        val.setMaximum(100);
        val.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setOverlap((byte) 100);
        data.setGapWidth(40);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(names,
                chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
        Map<String, String> tiers = new LinkedHashMap<>();
        tierKeys.forEach(tr -> tiers.put(tr.id(), tr.name()));
        tiers.put("none", "—");
        int column = 1;
        for (Map.Entry<String, String> tier : tiers.entrySet()) {
            Double[] values = rows.stream().map(r -> r.tierId().equals(tier.getKey()) ? r.indexValue() : null)
                    .toArray(Double[]::new);
            if (java.util.Arrays.stream(values).allMatch(java.util.Objects::isNull)) continue;
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, names.length, column, column)), column);
            var series = data.addSeries(categories, numbers);
            series.setTitle(tier.getValue(), chart.setSheetTitle(tier.getValue(), column));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(DocxReport.TIER_COLOURS.getOrDefault(tier.getKey(), "A0AEC0")))));
            column++;
        }
        chart.plot(data);
        // every place's name, however many: no program may skip labels to save room
        chart.getCTChart().getPlotArea().getCatAxArray(0).addNewTickLblSkip().setVal(1);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    /** The place's index and dimensions across the years as a native line chart; a year without a score is a gap. */
    static void trend(XWPFDocument doc, XWPFRun run, TrendChart tc) throws IOException, InvalidFormatException {
        XWPFChart chart = doc.createChart(run, 15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
        String[] years = tc.years().stream().map(String::valueOf).toArray(String[]::new);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setMinimum(0);
        val.setMaximum(100);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (org.apache.poi.xddf.usermodel.chart.XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(years,
                chart.formatRange(new CellRangeAddress(1, years.length, 0, 0)), 0);
        int column = 1;
        for (TrendChart.Series s : tc.series()) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values().toArray(Double[]::new),
                    chart.formatRange(new CellRangeAddress(1, years.length, column, column)), column);
            var series = (org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.Series) data.addSeries(categories, values);
            series.setTitle(DocxReport.flat(s.name()), chart.setSheetTitle(DocxReport.flat(s.name()), column));
            series.setSmooth(false);
            series.setMarkerStyle(org.apache.poi.xddf.usermodel.chart.MarkerStyle.CIRCLE);
            var line = new org.apache.poi.xddf.usermodel.XDDFLineProperties(
                    new XDDFSolidFillProperties(XDDFColor.from(hex(s.colour().substring(1)))));
            line.setWidth(s.main() ? 2.5 : 1.25);
            series.setLineProperties(line);
            column++;
        }
        chart.plot(data);
        chart.getCTChart().addNewDispBlanksAs().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
