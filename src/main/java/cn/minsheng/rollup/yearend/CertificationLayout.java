package cn.minsheng.rollup.yearend;

/**
 * Where things are in the 评估认定表 the office sends each unit's figures to the statistics bureau in, and reads back
 * when it returns filled: the table's columns and the hidden sheet that says whose form it is.
 */
final class CertificationLayout {

	static final String KIND = "评估认定表";

	static final String SHEET = "评估认定表";

	/** Hidden: 类型, 年度, 单位, 格式版本 in columns A and B. */
	static final String INFO_SHEET = "认定表信息";

	static final String FORMAT_VERSION = "1";

	static final String CODE = "项目编码";

	static final String REPORTED = "报送累计完成";

	static final String CERTIFIED = "认定数";

	static final String REMARKS = "认定说明";

	private CertificationLayout() {
	}

	/** 评估认定表-县民政局-2023.xlsx. */
	static String fileName(String unit, int year) {
		return KIND + "-" + unit + "-" + year + ".xlsx";
	}

	/** 2023-评估认定表: the archive's folder for the year's returns. */
	static String archiveFolder(int year) {
		return year + "-" + KIND;
	}

	/** Only files whose name says so are opened as a possible return: every other file goes straight to the reader. */
	static boolean mayBeReturn(String fileName) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		return name.contains("认定") && (name.endsWith(".xlsx") || name.endsWith(".xls"));
	}

}
