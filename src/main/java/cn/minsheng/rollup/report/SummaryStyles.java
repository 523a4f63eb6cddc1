package cn.minsheng.rollup.report;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.progress.ProgressClass;

/**
 * The summary workbook's cell styles, each built once per workbook and looked up by role.
 * <p>
 * 宋体 for body text and 黑体 for titles and headers: both names are known to Excel and WPS, and LibreOffice maps
 * them to an installed CJK font; the GB2312 charset tells Excel to pick a Chinese face when the font is missing.
 */
final class SummaryStyles {

	static final String BODY_FONT = "宋体";

	static final String HEADING_FONT = "黑体";

	private static final String SUBTOTAL_FILL = "F2F2F2";

	private static final String HEADER_FILL = "D9E1F2";

	private final XSSFWorkbook workbook;

	private final Map<Key, XSSFCellStyle> styles = new HashMap<>();

	private final XSSFFont body;

	private final XSSFFont bold;

	private final XSSFFont title;

	private final XSSFFont heading;

	SummaryStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.body = workbook.getFontAt(0);
		chinese(this.body, BODY_FONT, 11, false);
		this.bold = chinese(workbook.createFont(), BODY_FONT, 11, true);
		this.title = chinese(workbook.createFont(), HEADING_FONT, 16, false);
		this.heading = chinese(workbook.createFont(), HEADING_FONT, 11, false);
	}

	private static XSSFFont chinese(XSSFFont font, String name, int points, boolean boldFace) {
		font.setFontName(name);
		font.setCharSet(FontCharset.GB2312);
		font.setScheme(FontScheme.NONE);
		font.setFontHeightInPoints((short) points);
		font.setBold(boldFace);
		return font;
	}

	XSSFCellStyle get(Role role) {
		return get(role, false, null, false);
	}

	/**
	 * @param subtotal bold on a light grey fill, for 小计 / 合计 rows
	 * @param fill a class colour, overriding the subtotal fill
	 * @param quoted for text from a form that starts with = + - @: shown as typed, never taken for a formula
	 */
	XSSFCellStyle get(Role role, boolean subtotal, ProgressClass fill, boolean quoted) {
		return this.styles.computeIfAbsent(new Key(role, subtotal, fill, quoted), this::create);
	}

	private XSSFCellStyle create(Key key) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		Role role = key.role();
		style.setFont(switch (role) {
			case TITLE -> this.title;
			case HEADING, HEADER -> this.heading;
			default -> key.subtotal() ? this.bold : this.body;
		});
		style.setDataFormat(this.workbook.createDataFormat().getFormat(role.format));
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setAlignment(role.alignment);
		style.setWrapText(role == Role.WRAP || role == Role.HEADER);
		style.setQuotePrefixed(key.quoted());
		if (role.table) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		String fill = role == Role.HEADER ? HEADER_FILL
				: key.fill() != null ? key.fill().fillRgb() : key.subtotal() ? SUBTOTAL_FILL : null;
		if (fill != null) {
			style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	/** What a cell holds, which decides its number format, alignment and borders. */
	enum Role {

		TITLE("General", HorizontalAlignment.CENTER, false),
		HEADING("General", HorizontalAlignment.LEFT, false),
		NOTE("@", HorizontalAlignment.LEFT, false),
		HEADER("@", HorizontalAlignment.CENTER, true),
		TEXT("@", HorizontalAlignment.LEFT, true),
		CENTER("@", HorizontalAlignment.CENTER, true),
		WRAP("@", HorizontalAlignment.LEFT, true),
		INTEGER("0", HorizontalAlignment.RIGHT, true),
		QUANTITY("General", HorizontalAlignment.RIGHT, true),
		MONEY("#,##0.00", HorizontalAlignment.RIGHT, true),
		PERCENT("0.0%", HorizontalAlignment.RIGHT, true),
		POINTS("0.0", HorizontalAlignment.RIGHT, true);

		private final String format;

		private final HorizontalAlignment alignment;

		private final boolean table;

		Role(String format, HorizontalAlignment alignment, boolean table) {
			this.format = format;
			this.alignment = alignment;
			this.table = table;
		}

		String format() {
			return this.format;
		}

	}

	private record Key(Role role, boolean subtotal, ProgressClass fill, boolean quoted) {
	}

}
