package cn.minsheng.rollup.report;

import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The summary's charts. Each series references its cells and also carries the values as its cache, so every client
 * draws the same figures without recalculating.
 */
final class SummaryCharts {

	/** The county first (drawn thicker), then the levels. */
	private static final String[] LINE_COLOURS = { "1F4E79", "70AD47", "ED7D31", "7030A0", "FFC000", "5B9BD5" };

	private SummaryCharts() {
	}

	/** Where a chart sits: columns and rows of its top-left and bottom-right corners (end exclusive). */
	record Place(int column, int row, int endColumn, int endRow) {
	}

	/** A series: its name, its values and the cells they come from. */
	record Data(String name, Double[] values, String reference) {
	}

	/** Categories: the labels and the cells they come from. */
	record Labels(String[] labels, String reference) {
	}

	static String reference(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString(sheet.getSheetName(),
				true);
	}

	/** Columns, one per category, each in its own colour (RRGGBB), e.g. the status distribution. */
	static void columns(XSSFSheet sheet, Place place, String title, Labels labels, Data data, List<String> colours,
			String valueFormat) {
		XSSFChart chart = chart(sheet, place, title);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = valueAxis(chart, valueFormat);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFChartData.Series series = bars.addSeries(categories(labels), numbers(data));
		series.setTitle(data.name(), null);
		if (colours != null) {
			for (int i = 0; i < colours.size(); i++) {
				series.getDataPoint(i).setFillProperties(solid(colours.get(i)));
			}
		}
		else {
			series.setFillProperties(solid("4472C4"));
		}
		plot(bars);
		chart.deleteLegend();
	}

	/** Lines over months, one per series, e.g. the county and each level. */
	static void lines(XSSFSheet sheet, Place place, String title, Labels months, List<Data> data) {
		XSSFChart chart = chart(sheet, place, title);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = valueAxis(chart, "0%");
		values.setMinimum(0);
		XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
		lines.setVaryColors(false);
		XDDFCategoryDataSource x = categories(months);
		for (int i = 0; i < data.size(); i++) {
			Data d = data.get(i);
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(x, numbers(d));
			series.setTitle(d.name(), null);
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.CIRCLE);
			colour(series, LINE_COLOURS[i % LINE_COLOURS.length], i == 0 ? 3.0 : 1.75);
		}
		plot(lines);
		// a month without data has no point: the line breaks there rather than dropping to 0
		var ct = chart.getCTChart();
		(ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
	}

	/**
	 * Each line its own colour, set explicitly: clients differ in the colours they pick by themselves, and some draw
	 * markers only.
	 */
	private static void colour(XDDFLineChartData.Series series, String rgb, double width) {
		XDDFLineProperties line = new XDDFLineProperties(solid(rgb));
		line.setWidth(width);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(line);
		series.setShapeProperties(shape);
		CTMarker marker = series.getCTLineSer().getMarker();
		XDDFShapeProperties markerShape = new XDDFShapeProperties(
				marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr());
		markerShape.setFillProperties(solid(rgb));
		markerShape.setLineProperties(new XDDFLineProperties(solid(rgb)));
	}

	/**
	 * Writes each series' cell references and cached values into the chart. This is what {@code XDDFChart.plot}
	 * does, less the copy of the data it also writes into an embedded workbook of the chart, which a chart in a
	 * spreadsheet does not keep: for a province's thousand units that copy was a quarter of writing the summary.
	 */
	private static void plot(XDDFChartData data) {
		for (int i = 0; i < data.getSeriesCount(); i++) {
			data.getSeries(i).plot();
		}
	}

	private static XSSFChart chart(XSSFSheet sheet, Place place, String title) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(), place.endColumn(),
				place.endRow());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.setAutoTitleDeleted(false);
		return chart;
	}

	private static XDDFValueAxis valueAxis(XSSFChart chart, String format) {
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setNumberFormat(format);
		values.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(solid("D9D9D9")));
		return values;
	}

	private static XDDFCategoryDataSource categories(Labels labels) {
		return XDDFDataSourcesFactory.fromArray(labels.labels(), labels.reference());
	}

	private static org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<Double> numbers(Data data) {
		return XDDFDataSourcesFactory.fromArray(data.values(), data.reference());
	}

	private static XDDFSolidFillProperties solid(String rgb) {
		return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
	}

}
