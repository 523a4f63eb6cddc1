package cn.minsheng.rollup.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * Writes the short note that tells a unit why its file was sent back as a whole: a UTF-8 text file with a byte order
 * mark and CRLF line endings, so that Windows Notepad shows the Chinese correctly.
 */
public class RejectionNoticeWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String CRLF = "\r\n";

	/**
	 * @param unit the unit, {@code null} when it could not be told
	 * @param period the reporting month, {@code null} when it could not be told
	 * @param reason the Chinese reason, e.g. "文件已加密…"
	 * @param errors the errors that caused the rejection, may be empty or {@code null}
	 */
	public Path write(String fileName, String unit, YearMonth period, String reason, List<Violation> errors,
			Path outFile) throws IOException {
		String text = content(fileName, unit, period, reason, errors == null ? List.of() : errors);
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		return OutputFiles.write(outFile, (out) -> {
			out.write(BOM);
			out.write(body);
		});
	}

	/**
	 * The note for an exact copy of a file already accepted: nothing was wrong and nothing needs doing.
	 * @param reason what the copy repeats, e.g. 「与 2023-11-20 收到的文件「…」内容完全相同（已接收），本次不重复计入」
	 */
	public Path writeAlreadyReceived(String fileName, String unit, YearMonth period, String reason, Path outFile)
			throws IOException {
		byte[] body = alreadyReceived(fileName, unit, period, reason).getBytes(StandardCharsets.UTF_8);
		return OutputFiles.write(outFile, (out) -> {
			out.write(BOM);
			out.write(body);
		});
	}

	static String alreadyReceived(String fileName, String unit, YearMonth period, String reason) {
		StringBuilder text = new StringBuilder();
		line(text, "民生实事月报表重复报送说明");
		line(text, "");
		line(text, "文件名：" + oneLine(fileName));
		line(text, "填报单位：" + (unit == null || unit.isBlank() ? "未能识别" : oneLine(unit)));
		line(text, "报送月份：" + (period == null ? "未能识别" : Periods.chinese(period)));
		line(text, "处理结果：此前已接收，无需处理");
		line(text, "说明：" + oneLine(reason) + "。");
		line(text, "");
		line(text, "这份报表此前已经接收并计入汇总，本次收到的是同一份文件，无需修改，也无需重新报送。");
		line(text, "如有疑问，请联系县重点民生实事工作专班办公室。");
		return text.toString();
	}

	static String content(String fileName, String unit, YearMonth period, String reason, List<Violation> errors) {
		StringBuilder text = new StringBuilder();
		line(text, "民生实事月报表退回通知");
		line(text, "");
		line(text, "文件名：" + oneLine(fileName));
		line(text, "填报单位：" + (unit == null || unit.isBlank() ? "未能识别" : oneLine(unit)));
		line(text, "报送月份：" + (period == null ? "未能识别" : Periods.chinese(period)));
		line(text, "处理结果：退回");
		line(text, "原因：" + oneLine(reason));
		if (!errors.isEmpty()) {
			line(text, "");
			line(text, "问题明细（共 " + errors.size() + " 处）：");
			for (int i = 0; i < errors.size(); i++) {
				Violation v = errors.get(i);
				line(text, (i + 1) + ". [" + v.ruleCode() + "] " + oneLine(v.message()));
			}
		}
		line(text, "");
		line(text, "处理办法：");
		line(text, "1. 请按上述原因修改报表；如需新表，请使用工作专班办公室下发的本月月报表模板（.xlsx）。");
		line(text, "2. 修改后保存为 .xlsx 文件，不要加密码，不要改动表头和项目编码。");
		line(text, "3. 将修改后的文件重新报送；本通知所列文件未被采用，不计入本月汇总。");
		line(text, "如有疑问，请联系县重点民生实事工作专班办公室。");
		return text.toString();
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(CRLF);
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
	}

}
