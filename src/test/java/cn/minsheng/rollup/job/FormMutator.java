package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of correct forms, the way mail, disks and odd tools damage them: bytes flipped, cut, inserted or
 * zeroed anywhere in the file (.xlsx and .xls), and inside an .xlsx's XML parts elements deleted or duplicated,
 * attributes and numbers replaced by nonsense, UTF-8 broken, parts cut short, removed or renamed. The same seed gives
 * the same mutants.
 */
final class FormMutator {

	private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:]*)(\\s[^<>]*?)?(/?)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:]+=\")([^\"]*)(\")");

	private static final Pattern NUMBER_VALUE = Pattern.compile("<v>([^<]*)</v>");

	private static final List<String> ODD_VALUES = List.of("", "-1", "0", "NaN", "1E+309", "99999999999999999999",
			"-2147483649", "A0", "XFD1048577", "ZZZ99999999", "&amp;", "true", "1.5", "0x10", "\u3000", "县人社局");

	private static final List<String> ODD_NUMBERS = List.of("1E+309", "-1E+309", "99999999999999999999999999",
			"NaN", "Infinity", "-0", "4.9E-324", "1e", "0x1F", "１２３", "12,345", "", " ");

	private final Random random;

	FormMutator(long seed) {
		this.random = new Random(seed);
	}

	/** A mutant written to {@code file}, and what was done to it. */
	record Mutant(Path file, String description) {
	}

	Mutant mutate(Path base, boolean xlsx, Path file) {
		try {
			byte[] bytes = Files.readAllBytes(base);
			if (xlsx && this.random.nextBoolean()) {
				return xmlMutation(base, file);
			}
			String what = byteMutation(bytes, file);
			return new Mutant(file, what);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String byteMutation(byte[] bytes, Path file) throws IOException {
		int at = this.random.nextInt(bytes.length);
		byte[] out;
		String what;
		switch (this.random.nextInt(5)) {
			case 0 -> {
				out = bytes.clone();
				int flips = 1 + this.random.nextInt(16);
				for (int i = 0; i < flips; i++) {
					out[this.random.nextInt(out.length)] ^= (byte) (1 << this.random.nextInt(8));
				}
				what = "flip " + flips + " bits";
			}
			case 1 -> {
				out = Arrays.copyOf(bytes, at);
				what = "truncate at " + at;
			}
			case 2 -> {
				byte[] inserted = new byte[1 + this.random.nextInt(64)];
				this.random.nextBytes(inserted);
				out = splice(bytes, at, 0, inserted);
				what = "insert " + inserted.length + " bytes at " + at;
			}
			case 3 -> {
				int length = Math.min(bytes.length - at, 1 + this.random.nextInt(512));
				out = splice(bytes, at, length, new byte[length]);
				what = "zero " + length + " bytes at " + at;
			}
			default -> {
				int length = Math.min(bytes.length - at, 1 + this.random.nextInt(2048));
				out = splice(bytes, this.random.nextInt(bytes.length), 0, Arrays.copyOfRange(bytes, at, at + length));
				what = "duplicate " + length + " bytes from " + at;
			}
		}
		Files.write(file, out);
		return "bytes: " + what;
	}

	private Mutant xmlMutation(Path base, Path file) {
		List<FormFiles.Entry> entries = new ArrayList<>(FormFiles.entries(base));
		int index = this.random.nextInt(entries.size());
		FormFiles.Entry entry = entries.get(index);
		String xml = entry.text();
		String what;
		switch (this.random.nextInt(9)) {
			case 0 -> {
				xml = deleteElement(xml);
				what = "delete an element";
			}
			case 1 -> {
				xml = duplicateElement(xml);
				what = "duplicate an element";
			}
			case 2 -> {
				xml = replaceOne(xml, ATTRIBUTE, (m) -> m.group(1) + pick(ODD_VALUES) + m.group(3));
				what = "odd attribute value";
			}
			case 3 -> {
				xml = replaceOne(xml, NUMBER_VALUE, (m) -> "<v>" + pick(ODD_NUMBERS) + "</v>");
				what = "odd number";
			}
			case 4 -> {
				byte[] broken = splice(entry.bytes(), this.random.nextInt(entry.bytes().length), 0,
						new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF });
				entries.set(index, new FormFiles.Entry(entry.name(), broken));
				FormFiles.zip(file, entries);
				return new Mutant(file, "xml: broken UTF-8 in " + entry.name());
			}
			case 5 -> {
				xml = xml.substring(0, this.random.nextInt(Math.max(1, xml.length())));
				what = "cut short";
			}
			case 6 -> {
				entries.remove(index);
				FormFiles.zip(file, entries);
				return new Mutant(file, "xml: remove " + entry.name());
			}
			case 7 -> {
				entries.set(index, new FormFiles.Entry(entry.name() + ".bak", entry.bytes()));
				FormFiles.zip(file, entries);
				return new Mutant(file, "xml: rename " + entry.name());
			}
			default -> {
				xml = replaceOne(xml, ATTRIBUTE, (m) -> m.group(1) + "很长的值".repeat(5_000) + m.group(3));
				what = "very long attribute value";
			}
		}
		entries.set(index, new FormFiles.Entry(entry.name(), xml));
		FormFiles.zip(file, entries);
		return new Mutant(file, "xml: " + what + " in " + entry.name());
	}

	private String deleteElement(String xml) {
		Matcher tag = randomMatch(xml, START_TAG);
		if (tag == null) {
			return xml;
		}
		int end = tag.group(3).isEmpty() ? closingEnd(xml, tag) : tag.end();
		return xml.substring(0, tag.start()) + xml.substring(end);
	}

	private String duplicateElement(String xml) {
		Matcher tag = randomMatch(xml, START_TAG);
		if (tag == null) {
			return xml;
		}
		int end = tag.group(3).isEmpty() ? closingEnd(xml, tag) : tag.end();
		return xml.substring(0, end) + xml.substring(tag.start(), end) + xml.substring(end);
	}

	/** Where the element opened by the tag closes; just after the start tag when no closing tag follows. */
	private static int closingEnd(String xml, Matcher tag) {
		String close = "</" + tag.group(1) + ">";
		int at = xml.indexOf(close, tag.end());
		return at < 0 ? tag.end() : at + close.length();
	}

	private Matcher randomMatch(String xml, Pattern pattern) {
		List<Integer> starts = new ArrayList<>();
		Matcher m = pattern.matcher(xml);
		while (m.find()) {
			starts.add(m.start());
		}
		if (starts.isEmpty()) {
			return null;
		}
		m = pattern.matcher(xml);
		m.find(starts.get(this.random.nextInt(starts.size())));
		return m;
	}

	private String replaceOne(String xml, Pattern pattern, java.util.function.Function<Matcher, String> change) {
		Matcher m = randomMatch(xml, pattern);
		return m == null ? xml : xml.substring(0, m.start()) + change.apply(m) + xml.substring(m.end());
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
		byte[] out = new byte[bytes.length - removed + inserted.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(inserted, 0, out, at, inserted.length);
		System.arraycopy(bytes, at + removed, out, at + inserted.length, bytes.length - at - removed);
		return out;
	}

}
