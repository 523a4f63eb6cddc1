package cn.minsheng.rollup.intake;

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
			if (t instanceof PartTooLargeException || isSizeRefusal(t.getMessage())) {
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

	private static boolean isSizeRefusal(String message) {
		if (message == null) {
			return false;
		}
		String lower = message.toLowerCase(Locale.ROOT);
		return SIZE_REFUSALS.stream().anyMatch(lower::contains);
	}

	/** The technical cause in one short line, for the office staff who may have to look into it. */
	private static String detail(Throwable failure) {
		String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
		String detail = failure.getClass().getSimpleName() + (message.isBlank() ? "" : " " + message.strip());
		return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
	}

}
