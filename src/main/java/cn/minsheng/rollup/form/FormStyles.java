package cn.minsheng.rollup.form;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The form's cell styles, built once per workbook and looked up by {@link StyleRole}. Fonts are 宋体 (body) and 黑体
 * (title, headers) with the GB2312 charset so Excel and WPS pick the Chinese faces; LibreOffice substitutes Noto CJK
 * where they are not installed.
 */
final class FormStyles {

	static final String BODY_FONT = "宋体";

	static final String TITLE_FONT = "黑体";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final int GB2312_CHARSET = 134;

	private final Map<StyleRole, CellStyle> styles = new EnumMap<>(StyleRole.class);

	FormStyles(Workbook workbook) {
		Font defaultFont = workbook.getFontAt(0);
		defaultFont.setFontName(BODY_FONT);
		defaultFont.setCharSet(GB2312_CHARSET);
		Font body = font(workbook, BODY_FONT, 10);
		Font info = font(workbook, BODY_FONT, 11);
		Font title = font(workbook, TITLE_FONT, 16);
		Font header = font(workbook, TITLE_FONT, 10);
		Font note = font(workbook, BODY_FONT, 9);
		short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
		short percentFormat = workbook.createDataFormat().getFormat("0.0%");
		for (StyleRole role : StyleRole.values()) {
			CellStyle style = workbook.createCellStyle();
			style.setLocked(!role.unlocked());
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setFont(switch (role) {
				case TITLE -> title;
				case HEADER -> header;
				case INFO, FOOTER_LABEL, FOOTER_INPUT, FOOTER_DATE -> info;
				case NOTE -> note;
				default -> body;
			});
			if (role.bordered()) {
				border(style);
			}
			shape(role, style, dateFormat, percentFormat);
			this.styles.put(role, style);
		}
	}

	CellStyle get(StyleRole role) {
		return this.styles.get(role);
	}

	private static void shape(StyleRole role, CellStyle style, short dateFormat, short percentFormat) {
		switch (role) {
			case TITLE, HEADER, FIXED_TEXT, INPUT_CHOICE -> style.setAlignment(HorizontalAlignment.CENTER);
			case FIXED_WRAP, INPUT_WRAP, NOTE -> style.setAlignment(HorizontalAlignment.LEFT);
			case FOOTER_LABEL -> style.setAlignment(HorizontalAlignment.RIGHT);
			case FOOTER_INPUT, FOOTER_DATE, INFO, LIST_TEXT -> style.setAlignment(HorizontalAlignment.LEFT);
			default -> style.setAlignment(HorizontalAlignment.RIGHT);
		}
		switch (role) {
			case HEADER, FIXED_WRAP, INPUT_WRAP -> style.setWrapText(true);
			case INPUT_DATE, FOOTER_DATE, LIST_DATE -> style.setDataFormat(dateFormat);
			case PERCENT -> style.setDataFormat(percentFormat);
			default -> {
			}
		}
		if (role == StyleRole.INPUT_DATE) {
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		if (role == StyleRole.HEADER) {
			fill(style, IndexedColors.GREY_25_PERCENT);
		}
		else if (role.unlocked() && role.bordered()) {
			fill(style, IndexedColors.LIGHT_YELLOW);
		}
		if (role == StyleRole.FOOTER_INPUT || role == StyleRole.FOOTER_DATE) {
			style.setBorderBottom(BorderStyle.THIN);
		}
	}

	private static Font font(Workbook workbook, String name, int points) {
		Font font = workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints((short) points);
		font.setCharSet(GB2312_CHARSET);
		return font;
	}

	private static void border(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

	private static void fill(CellStyle style, IndexedColors color) {
		style.setFillForegroundColor(color.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

}
