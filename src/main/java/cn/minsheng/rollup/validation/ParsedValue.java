package cn.minsheng.rollup.validation;

/**
 * What one cell turned out to hold: a value, nothing (blank), or something unreadable described in Chinese.
 *
 * @param <T> the type read
 * @param value the value read, {@code null} when blank or unreadable
 * @param found for an unreadable cell, what was found, phrased to follow "应为数字，": e.g. {@code 实际填写为「约120」}
 */
public record ParsedValue<T>(T value, String found) {

	public ParsedValue {
		if (value != null && found != null) {
			throw new IllegalArgumentException("a value and a problem at once");
		}
	}

	public static <T> ParsedValue<T> of(T value) {
		if (value == null) {
			throw new IllegalArgumentException("value");
		}
		return new ParsedValue<>(value, null);
	}

	public static <T> ParsedValue<T> blank() {
		return new ParsedValue<>(null, null);
	}

	public static <T> ParsedValue<T> invalid(String found) {
		if (found == null || found.isBlank()) {
			throw new IllegalArgumentException("found");
		}
		return new ParsedValue<>(null, found);
	}

	public boolean isPresent() {
		return value != null;
	}

	public boolean isBlank() {
		return value == null && found == null;
	}

	public boolean isInvalid() {
		return found != null;
	}

}
