package cn.minsheng.rollup.intake;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month guessed from a file's folder or name (2023-11/…, …2023年11月…, …202311…): only to order a backlog, never to
 * identify a form.
 */
public final class PeriodHint {

	private static final Pattern MONTH = Pattern.compile("(20\\d{2})\\s*[-年._/]?\\s*(1[0-2]|0?[1-9])(?:\\D|$)");

	private PeriodHint() {
	}

	public static Optional<YearMonth> of(String relativePath) {
		Matcher matcher = MONTH.matcher(relativePath);
		while (matcher.find()) {
			try {
				return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
			}
			catch (DateTimeException ex) {
				// not a month after all; look further
			}
		}
		return Optional.empty();
	}

}
