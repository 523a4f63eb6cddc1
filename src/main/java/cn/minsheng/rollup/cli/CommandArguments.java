package cn.minsheng.rollup.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;

/**
 * The options given to a command, with the Chinese complaints for malformed ones.
 */
public record CommandArguments(String command, List<String> extra, ApplicationArguments raw) {

	public boolean wantsHelp() {
		return raw.containsOption("help") || extra.contains("-h") || extra.contains("help");
	}

	public Optional<String> option(String name) {
		List<String> values = raw.getOptionValues(name);
		return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(values.size() - 1));
	}

	/** {@code --period=2023-11} (or {@code --period 2023-11}); empty when not given. */
	public Optional<YearMonth> period() {
		Optional<String> text = option("period");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(text.get().strip()));
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("报送月份「" + text.get() + "」格式不对，应写作 --period=2023-11");
		}
	}

	public YearMonth requirePeriod() {
		return period().orElseThrow(() -> new UsageException("请用 --period=YYYY-MM 指定报送月份，例如 --period=2023-11"));
	}

}
