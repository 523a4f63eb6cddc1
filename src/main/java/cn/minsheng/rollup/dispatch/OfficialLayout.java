package cn.minsheng.rollup.dispatch;

/**
 * The page and type of a Chinese official document after GB/T 9704-2012: A4, margins 37 / 35 / 28 / 26 mm, title in
 * 小标宋 二号, body in 仿宋 三号 on a fixed 29 pt line (22 lines a page), headings in 黑体 and 楷体, tables in 五号, page
 * numbers "— 1 —" in 宋体 四号 outside in the footer.
 * <p>
 * The page, the footers and the font table are parts of the {@link OfficialSkeleton}; what the body's text needs is
 * here. The official fonts are named for East Asian text with a Latin font beside them, and the skeleton's font table
 * gives each an alternative: Word substitutes 仿宋 for a missing 仿宋_GB2312 and so on; LibreOffice falls back to the
 * installed CJK fonts (Noto CJK) for the language zh-CN set on all text.
 */
final class OfficialLayout {

	/** The font roles of the body's text; each font is named with an alternative in the skeleton's font table. */
	enum Face {

		TITLE("方正小标宋简体"), BODY("仿宋_GB2312"), HEADING("黑体"), SUBHEADING("楷体_GB2312");

		final String font;

		Face(String font) {
			this.font = font;
		}

	}

	static final String LATIN = "Times New Roman";

	/** 二号 */
	static final int TITLE_POINTS = 22;

	/** 三号 */
	static final int BODY_POINTS = 16;

	/** Tables in 五号. */
	static final double TABLE_POINTS = 10.5;

	/** Fixed body line: 225 mm of type area over 22 lines. */
	static final int BODY_LINE_TWIPS = 580;

	static final int TITLE_LINE_TWIPS = 700;

	/** One character of body text. */
	static final int CHAR_TWIPS = BODY_POINTS * 20;

	/** A4 (11,906 twips) less the skeleton's left and right margins. */
	static final int TEXT_WIDTH_TWIPS = 11906 - mm(28) - mm(26);

	private OfficialLayout() {
	}

	static int mm(double millimetres) {
		return (int) Math.round(millimetres / 25.4 * 1440);
	}

}
