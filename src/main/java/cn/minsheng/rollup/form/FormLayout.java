package cn.minsheng.rollup.form;

/**
 * Where things sit in the unit monthly form (template version {@value #TEMPLATE_VERSION}); row and column indexes
 * are zero-based as in POI, Excel shows them one higher.
 */
public final class FormLayout {

	/** Bumped whenever columns are added or moved; intake reads older versions whose columns it can match. */
	public static final String TEMPLATE_VERSION = "2023.1";

	public static final String MAIN_SHEET = "月报表";

	public static final String DISTRIBUTION_SHEET = "项目分布清单";

	/** Hidden, protected sheet holding {@link FormMetadata}; one key and value per row in columns A and B. */
	public static final String META_SHEET = "表单信息";

	/** Very hidden sheet listing the codes the distribution sheet's drop-down offers; never a form. */
	public static final String CODE_LIST_SHEET = "编码列表";

	/** Row 1: the title, merged across the columns. */
	public static final int TITLE_ROW = 0;

	/** Row 2: 填报单位：xxx (in A..) and 报送月份：2023年11月. */
	public static final int INFO_ROW = 1;

	/** Column (zero-based) of the 报送月份 label in {@link #INFO_ROW}; the unit label sits in column A. */
	public static final int PERIOD_LABEL_COLUMN = 8;

	public static final int HEADER_ROW = 2;

	public static final int FIRST_DATA_ROW = 3;

	/** The footer starts this many rows below the last indicator row. */
	public static final int FOOTER_GAP = 1;

	public static final String UNIT_LABEL = "填报单位：";

	public static final String PERIOD_LABEL = "报送月份：";

	/** Footer labels; the value sits in the cell right of each label. */
	public static final String REPORTER_LABEL = "填报人：";

	public static final String LEADER_LABEL = "分管领导：";

	public static final String PHONE_LABEL = "联系电话：";

	public static final String FILL_DATE_LABEL = "填报日期：";

	/** Distribution sheet: header on row 1, data from row 2. */
	public static final int DISTRIBUTION_HEADER_ROW = 0;

	public static String title(String county, int year) {
		return county + year + "年重点民生实事项目进展情况月报表";
	}

	private FormLayout() {
	}

}
