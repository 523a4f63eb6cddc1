package cn.minsheng.rollup.workbook;

import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * Turns whatever went wrong while reading a file into the rejection a unit reads: the kind for the tally and a
 * Chinese reason saying what to do.
 */
final class ReadFailures {

	/** How POI words its size refusals (zip bombs, oversized records) in English messages. */
	private static final List<String> SIZE_REFUSALS = List.of("zip bomb", "potentially malicious",
			"tried to allocate", "maximum length for this record", "exceed the max");

	/**
	 * How XML parsers word their refusal of DTDs and entities, which Excel and WPS never write: the JDK's (POI's own
	 * parts), XmlParts' and aalto's (an entity in an attribute value).
	 */
	private static final List<String> XML_DECLARATION_REFUSALS = List.of("doctype is disallowed",
			"referenced, but not declared", "entity expansion", "entityexpansionlimit", "unexpanded entity_reference");

	private static final int MAX_DETAIL = 160;

	private ReadFailures() {
	}

	static RejectionKind kindOf(FileFormat format) {
		return switch (format) {
			case EMPTY -> RejectionKind.EMPTY;
			case ENCRYPTED -> RejectionKind.ENCRYPTED;
			case CORRUPT -> RejectionKind.CORRUPT;
			case XLSB, ODS, ET, EXCEL_95, EXCEL_2_TO_4, STRICT_OOXML -> RejectionKind.UNSUPPORTED_FORMAT;
			case XLSX, XLS -> throw new IllegalArgumentException("readable format: " + format);
			default -> RejectionKind.NOT_SPREADSHEET;
		};
	}

	static FormReadException rejected(FileFormat format) {
		return new FormReadException(kindOf(format), format.reason());
	}

	static FormReadException classify(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof EncryptedDocumentException) {
				return new FormReadException(RejectionKind.ENCRYPTED, FileFormat.ENCRYPTED.reason(), failure);
			}
			if (t instanceof OldExcelFormatException) {
				return new FormReadException(RejectionKind.UNSUPPORTED_FORMAT, FileFormat.EXCEL_95.reason(), failure);
			}
			if (t instanceof ReadTimeoutException timeout) {
				return new FormReadException(RejectionKind.TOO_LARGE, "文件内容过多或结构过于复杂，读取 "
						+ timeout.budget().toSeconds() + " 秒仍未完成，系统已停止读取；请确认报送的是月报表，"
						+ "在 Excel 或 WPS 中删除多余的工作表和内容，另存为 .xlsx 后重新报送", failure);
			}
			if (containsAny(t.getMessage(), XML_DECLARATION_REFUSALS)) {
				return new FormReadException(RejectionKind.CORRUPT, "文件中含有 Excel 和 WPS 不会写入的 XML 声明（DOCTYPE 或实体），"
						+ "可能被改动过或由非常规工具生成；为安全起见系统不读取此文件，请在 Excel 或 WPS 中另存为 .xlsx 后重新报送",
						failure);
			}
			if (t instanceof PartTooLargeException || containsAny(t.getMessage(), SIZE_REFUSALS)) {
				return new FormReadException(RejectionKind.TOO_LARGE, "文件解压后过大或结构异常（疑似“压缩炸弹”），"
						+ "系统拒绝读取；请在 Excel 或 WPS 中打开后另存为普通的 .xlsx 再报送", failure);
			}
		}
		if (failure instanceof StackOverflowError) {
			return corrupt("结构嵌套过深", failure);
		}
		return corrupt(detail(failure), failure);
	}

	static FormReadException corrupt(String detail, Throwable cause) {
		return new FormReadException(RejectionKind.CORRUPT, "文件已损坏或格式异常，无法读取：请在 Excel 或 WPS 中打开检查，"
				+ "另存为 .xlsx 后重新报送（技术信息：" + detail + "）", cause);
	}

	private static boolean containsAny(String message, List<String> lowerCaseWordings) {
		if (message == null) {
			return false;
		}
		String lower = message.toLowerCase(Locale.ROOT);
		return lowerCaseWordings.stream().anyMatch(lower::contains);
	}

	/** The technical cause in one short line, for the office staff who may have to look into it. */
	private static String detail(Throwable failure) {
		String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
		String detail = failure.getClass().getSimpleName() + (message.isBlank() ? "" : " " + message.strip());
		return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
	}

}
