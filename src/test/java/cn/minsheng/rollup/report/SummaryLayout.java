package cn.minsheng.rollup.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything a user sees of a summary workbook, one line per item: sheets, cells with their values and the whole of
 * their style, row heights, column widths, merged cells, frozen panes, filters, print setup, charts with their data,
 * document properties. Two workbooks that look the same to a user have the same text.
 */
final class SummaryLayout {

	private SummaryLayout() {
	}

	static List<String> of(XSSFWorkbook workbook) {
		List<String> lines = new ArrayList<>();
		var core = workbook.getProperties().getCoreProperties();
		lines.add("properties|" + core.getTitle() + "|" + core.getCreator() + "|" + core.getCreated() + "|"
				+ core.getModified() + "|" + workbook.getProperties().getCustomProperties()
					.getProperty(CountySummaryWriter.CONTENT_KEY).getLpwstr());
		lines.add("active|" + workbook.getActiveSheetIndex());
		for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
			sheet(workbook.getSheetAt(s), lines);
		}
		return lines;
	}

	static String hash(List<String> lines) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sheet(XSSFSheet sheet, List<String> lines) {
		String name = sheet.getSheetName();
		lines.add("sheet|" + name + "|selected=" + sheet.isSelected() + "|rows=" + sheet.getFirstRowNum() + "-"
				+ sheet.getLastRowNum());
		int lastColumn = 0;
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			lastColumn = Math.max(lastColumn, row.getLastCellNum());
			boolean custom = row.getCTRow().isSetCustomHeight() && row.getCTRow().getCustomHeight();
			lines.add(name + "|row " + r + "|" + (custom ? row.getHeightInPoints() : "auto"));
			for (int c = 0; c < row.getLastCellNum(); c++) {
				XSSFCell cell = row.getCell(c);
				if (cell != null) {
					lines.add(name + "!" + cell.getAddress() + "|" + value(cell) + "|" + style(cell.getCellStyle()));
				}
			}
		}
		StringBuilder widths = new StringBuilder(name + "|widths");
		for (int c = 0; c <= lastColumn + 1; c++) {
			widths.append(' ').append(sheet.getColumnWidth(c));
		}
		lines.add(widths.toString());
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			lines.add(name + "|merged " + merged.formatAsString());
		}
		PaneInformation pane = sheet.getPaneInformation();
		lines.add(name + "|pane " + (pane == null ? "none"
				: pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition() + "," + pane.isFreezePane()));
		lines.add(name + "|filter " + (sheet.getCTWorksheet().isSetAutoFilter()
				? sheet.getCTWorksheet().getAutoFilter().getRef() : "none"));
		print(sheet, lines);
		charts(sheet, lines);
	}

	private static void print(XSSFSheet sheet, List<String> lines) {
		PrintSetup print = sheet.getPrintSetup();
		String name = sheet.getSheetName();
		lines.add(name + "|print paper=" + print.getPaperSize() + " landscape=" + print.getLandscape() + " fit="
				+ print.getFitWidth() + "x" + print.getFitHeight() + " fitToPage=" + sheet.getFitToPage() + " centred="
				+ sheet.getHorizontallyCenter() + " repeat="
				+ (sheet.getRepeatingRows() == null ? "none" : sheet.getRepeatingRows().formatAsString()));
		lines.add(name + "|footer " + sheet.getFooter().getLeft() + "|" + sheet.getFooter().getCenter() + "|"
				+ sheet.getFooter().getRight());
		StringBuilder breaks = new StringBuilder(name + "|breaks");
		for (int b : sheet.getRowBreaks()) {
			breaks.append(' ').append(b);
		}
		lines.add(breaks.toString());
	}

	private static void charts(XSSFSheet sheet, List<String> lines) {
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		if (drawing == null) {
			return;
		}
		String name = sheet.getSheetName();
		for (XSSFShape shape : drawing.getShapes()) {
			XSSFClientAnchor a = (XSSFClientAnchor) shape.getAnchor();
			lines.add(name + "|shape " + a.getCol1() + "," + a.getRow1() + "," + a.getCol2() + "," + a.getRow2());
		}
		for (XSSFChart chart : drawing.getCharts()) {
			lines.add(name + "|chart " + chart.getTitleText().getString());
			chart.getChartSeries().forEach((data) -> {
				for (int s = 0; s < data.getSeriesCount(); s++) {
					var series = data.getSeries(s);
					StringBuilder values = new StringBuilder();
					for (int p = 0; p < series.getValuesData().getPointCount(); p++) {
						values.append(series.getCategoryData().getPointAt(p)).append('=')
							.append(pointAt(series.getValuesData(), p)).append(' ');
					}
					lines.add(name + "|series " + series.getCategoryData().getPointCount() + "|" + series.getCategoryData()
						.getDataRangeReference() + "|" + series.getValuesData().getDataRangeReference() + "|" + values);
				}
			});
			lines.add(name + "|chart xml " + hash(List.of(chart.getCTChartSpace().xmlText())));
		}
	}

	private static String value(XSSFCell cell) {
		CellType type = cell.getCellType();
		return type + "|" + switch (type) {
			case NUMERIC -> Double.toString(cell.getNumericCellValue());
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String style(XSSFCellStyle style) {
		XSSFFont font = style.getFont();
		return style.getDataFormatString() + "|" + font.getFontName() + " " + font.getFontHeightInPoints() + " "
				+ (font.getBold() ? "bold" : "plain") + " cs=" + font.getCharSet() + "|fill=" + style.getFillPattern()
				+ " " + rgb(style.getFillForegroundColorColor()) + "|border=" + style.getBorderTop()
				+ style.getBorderBottom() + style.getBorderLeft() + style.getBorderRight() + "|align="
				+ style.getAlignment() + "/" + style.getVerticalAlignment() + "|wrap=" + style.getWrapText() + "|quote="
				+ style.getQuotePrefixed();
	}

	private static String rgb(XSSFColor color) {
		return color == null || color.getRGB() == null ? "-" : HexFormat.of().formatHex(color.getRGB());
	}

	/**
	 * A cached value, or "—" for a point the cache leaves out (a month or unit without data has no point): POI's
	 * reader indexes the points it found, not their {@code idx}.
	 */
	private static Object pointAt(org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<?> values, int p) {
		try {
			return values.getPointAt(p);
		}
		catch (IndexOutOfBoundsException ex) {
			return "—";
		}
	}

}
