package cn.minsheng.rollup.dispatch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the office signs, numbers and files the dispatch documents; every key is documented in
 * {@code application.yml}.
 *
 * @param office the issuing office, printed above the date of every document
 * @param addressee who the bulletin is addressed to
 * @param bulletinTitle the bulletin's title before （第N期）; {@code {county}} is replaced by the county
 * @param signatureDate {@code today}: the day a document is first drafted; a number {@code d}: day {@code d} of the
 * month after the period (the dispatch meeting), e.g. {@code 5}
 * @param replyDays a supervised unit must reply within this many days of the letter's date
 * @param bulletinStart the number of the first bulletin a year when the ledger holds none of that year yet, and the
 * lowest number given: raise it when bulletins were issued by hand
 * @param letterStart the same for the serials of the supervision letters
 * @param letterSerial the letter serial; {@code {year}} and {@code {n}} are replaced
 * @param folder the folder under the output folder; the documents go into one subfolder per month
 * @param nightly whether the nightly run drafts the documents of each month whose summary it rewrote
 */
@ConfigurationProperties("rollup.dispatch")
public record DispatchProperties(@DefaultValue(DEFAULT_OFFICE) String office,
		@DefaultValue(DEFAULT_ADDRESSEE) String addressee, @DefaultValue(DEFAULT_TITLE) String bulletinTitle,
		@DefaultValue("today") String signatureDate, @DefaultValue("7") int replyDays,
		@DefaultValue("1") int bulletinStart, @DefaultValue("1") int letterStart,
		@DefaultValue(DEFAULT_SERIAL) String letterSerial, @DefaultValue("dispatch") String folder,
		@DefaultValue("true") boolean nightly) {

	static final String DEFAULT_OFFICE = "湘潭县重点民生实事工作专班办公室";

	static final String DEFAULT_ADDRESSEE = "各县直责任单位";

	static final String DEFAULT_TITLE = "{county}重点民生实事工作情况通报";

	static final String DEFAULT_SERIAL = "督办〔{year}〕第{n}号";

	private static final String TODAY = "today";

	public DispatchProperties {
		Objects.requireNonNull(office, "office");
		Objects.requireNonNull(addressee, "addressee");
		Objects.requireNonNull(bulletinTitle, "bulletinTitle");
		Objects.requireNonNull(letterSerial, "letterSerial");
		Objects.requireNonNull(folder, "folder");
		if (folder.isBlank() || folder.contains("..") || java.nio.file.Path.of(folder).isAbsolute()) {
			throw new IllegalArgumentException("rollup.dispatch.folder 应为输出文件夹下的子文件夹名：" + folder);
		}
		signatureDate = signatureDate == null ? TODAY : signatureDate.strip();
		if (!TODAY.equals(signatureDate) && !signatureDate.matches("([1-9]|[12][0-9]|3[01])")) {
			throw new IllegalArgumentException("rollup.dispatch.signature-date 应为 today 或 1～31 的日期数字（次月几日），当前为「"
					+ signatureDate + "」");
		}
		if (replyDays < 1 || bulletinStart < 1 || letterStart < 1) {
			throw new IllegalArgumentException("rollup.dispatch 的 reply-days、bulletin-start、letter-start 须为正整数");
		}
		if (!letterSerial.contains("{n}")) {
			throw new IllegalArgumentException("rollup.dispatch.letter-serial 须包含序号占位符 {n}：" + letterSerial);
		}
	}

	public static DispatchProperties defaults() {
		return new DispatchProperties(DEFAULT_OFFICE, DEFAULT_ADDRESSEE, DEFAULT_TITLE, TODAY, 7, 1, 1, DEFAULT_SERIAL,
				"dispatch", true);
	}

	/** The date printed under the office's name for the documents of {@code period} first drafted on {@code today}. */
	public LocalDate signatureDate(YearMonth period, LocalDate today) {
		if (TODAY.equals(this.signatureDate)) {
			return today;
		}
		YearMonth next = period.plusMonths(1);
		return next.atDay(Math.min(Integer.parseInt(this.signatureDate), next.lengthOfMonth()));
	}

	/** 督办〔2023〕第3号 with the defaults. */
	public String serial(int year, int number) {
		return this.letterSerial.replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(number));
	}

	/** 湘潭县重点民生实事工作情况通报 with the defaults. */
	public String bulletinTitle(String county) {
		return this.bulletinTitle.replace("{county}", county == null ? "" : county);
	}

}
