package cn.minsheng.rollup.workbook;

/**
 * Why a whole file was refused; each kind has its Chinese name for the run report and the tally.
 */
public enum RejectionKind {

	EMPTY("空文件"),
	ENCRYPTED("加密或有密码"),
	CORRUPT("文件损坏或不完整"),
	NOT_SPREADSHEET("不是电子表格"),
	UNSUPPORTED_FORMAT("不支持的表格格式"),
	TOO_LARGE("文件过大或解压后过大"),
	NOT_OUR_FORM("不是本系统的月报表"),
	UNIDENTIFIED("无法确定单位或月份"),
	CONFLICTING_IDENTITY("单位或月份前后不一致"),
	SEVERAL_FORMS("一个文件中有多份月报表"),
	INVALID("数据校验未通过"),
	DUPLICATE("重复报送（内容相同）");

	private final String label;

	RejectionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
