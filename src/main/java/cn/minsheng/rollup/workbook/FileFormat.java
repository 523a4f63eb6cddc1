package cn.minsheng.rollup.workbook;

/**
 * What a dropped file really is, told from its bytes rather than its name. Only {@link #XLSX} (with .xlsm) and
 * {@link #XLS} (BIFF8) are read; the rest are rejected with {@link #reason()}.
 */
public enum FileFormat {

	XLSX(null),
	XLS(null),
	EMPTY("文件为空（0 字节），请重新导出报表后报送"),
	ENCRYPTED("文件已加密或设置了打开密码，系统无法读取；请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿）后重新报送"),
	XLSB("文件为 Excel 二进制工作簿（.xlsb），请用 Excel 另存为 .xlsx 后重新报送"),
	ODS("文件为 OpenDocument 表格（.ods），请用 WPS、Excel 或 LibreOffice 另存为 .xlsx 后重新报送"),
	ET("文件为 WPS 表格专有格式（.et），请在 WPS 中另存为 .xlsx 后重新报送"),
	EXCEL_95("文件为 Excel 95（Excel 5.0/95）格式，请用 Excel 或 WPS 另存为 .xlsx 后重新报送"),
	EXCEL_2_TO_4("文件为 Excel 2.x–4.0 旧格式，请用 Excel 或 WPS 另存为 .xlsx 后重新报送"),
	STRICT_OOXML("文件为“严格 Open XML”（Strict OOXML）格式，请用 Excel 另存为普通的“Excel 工作簿（.xlsx）”后重新报送"),
	CSV("文件为 CSV 文本，不是月报表；请使用下发的月报表模板（.xlsx）填报"),
	PDF("文件为 PDF 文档，不是月报表；请使用下发的月报表模板（.xlsx）填报后报送 Excel 文件"),
	DOCX("文件为 Word 文档，不是月报表；请使用下发的月报表模板（.xlsx）填报"),
	DOC("文件为 Word 97-2003 文档，不是月报表；请使用下发的月报表模板（.xlsx）填报"),
	PPT("文件为演示文稿，不是月报表；请使用下发的月报表模板（.xlsx）填报"),
	ARCHIVE("文件为压缩包，请解压后只报送月报表 Excel 文件"),
	IMAGE("文件为图片，不是月报表；请使用下发的月报表模板（.xlsx）填报"),
	CORRUPT("文件已损坏或不完整（可能在传输中被截断），无法打开；请重新保存后再次报送"),
	UNKNOWN("无法识别的文件类型，不是 Excel 表格；请使用下发的月报表模板（.xlsx）填报");

	private final String reason;

	FileFormat(String reason) {
		this.reason = reason;
	}

	public boolean readable() {
		return this == XLSX || this == XLS;
	}

	/** The Chinese reason a unit reads when the file is rejected for its format; {@code null} for readable ones. */
	public String reason() {
		return this.reason;
	}

}
