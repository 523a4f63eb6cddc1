package cn.minsheng.rollup.workbook;

/**
 * The text of the numbers last shown through each number format, a fixed number of them: a list repeats its dates,
 * and showing a date through POI's formatter is the dearest part of its cell. A format is told by identity, as the
 * reader keeps one per style; a number is told by its bits, so that -0 and 0 stay apart.
 */
final class ShownNumbers {

	/** A year of dates and then some; the memory stays the same whatever the file. */
	private static final int SLOTS = 1 << 10;

	private static final int SLOT_SHIFT = Integer.SIZE - 10;

	private final Object[] formats = new Object[SLOTS];

	private final long[] numbers = new long[SLOTS];

	private final String[] texts = new String[SLOTS];

	/** The text kept for {@code value} in {@code format}, {@code null} when none is. */
	String get(Object format, double value) {
		long bits = Double.doubleToRawLongBits(value);
		int slot = slot(bits);
		return this.formats[slot] == format && this.numbers[slot] == bits ? this.texts[slot] : null;
	}

	/** Keeps the text, in place of what the slot held. */
	void put(Object format, double value, String text) {
		long bits = Double.doubleToRawLongBits(value);
		int slot = slot(bits);
		this.formats[slot] = format;
		this.numbers[slot] = bits;
		this.texts[slot] = text;
	}

	private static int slot(long bits) {
		return ((int) (bits ^ (bits >>> 32)) * 0x9E3779B9) >>> SLOT_SHIFT;
	}

}
