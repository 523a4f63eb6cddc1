package cn.minsheng.rollup.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The other ways units write a column's header (「1-11月累计完成」「11月完成」「累计完成（人）」), kept as data in
 * {@code header-synonyms.txt} beside this class rather than in code: the office can read and extend the table, and
 * a test checks every line.
 */
final class HeaderSynonyms {

	private static final String RESOURCE = "header-synonyms.txt";

	private static final String MONTH = "(?:1[0-2]|0?[1-9]|本|当)";

	private static final String RANGE = "(?:(?:1[0-2]|0?[1-9])[-－—~～至到])?(?:1[0-2]|0?[1-9])";

	/** A trailing note in brackets: a unit of measure, 万元, %, 是/否. */
	private static final String NOTE = "(?:\\([^()]*\\))?";


	/** Answers already worked out: header matching asks about every header cell for every column of every file. */
	private static final java.util.Map<String, Optional<FormColumn>> ANSWERS =
			new java.util.concurrent.ConcurrentHashMap<>();

	/** Enough for every header a night meets; a file of random texts cannot grow it without end. */
	private static final int MAX_ANSWERS = 10_000;

	private HeaderSynonyms() {
	}

	/** The column a normalized header names by the table. */
	static Optional<FormColumn> columnOf(String normalizedHeader) {
		Optional<FormColumn> known = ANSWERS.get(normalizedHeader);
		if (known != null) {
			return known;
		}
		Optional<FormColumn> answer = lookUp(normalizedHeader);
		if (ANSWERS.size() < MAX_ANSWERS) {
			ANSWERS.put(normalizedHeader, answer);
		}
		return answer;
	}

	private static Optional<FormColumn> lookUp(String normalizedHeader) {
		for (Synonym synonym : Table.LINES) {
			if (synonym.pattern().matcher(normalizedHeader).matches()) {
				return Optional.of(synonym.column());
			}
		}
		return Optional.empty();
	}

	/** The table's lines, in file order. */
	static List<Synonym> table() {
		return Table.LINES;
	}

	/** A known header or alias with a bracketed note after it: 「累计完成（人）」. */
	static Pattern withNote(String normalizedName) {
		return Pattern.compile(Pattern.quote(normalizedName) + NOTE);
	}

	private static List<Synonym> load() {
		List<Synonym> table = new ArrayList<>();
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				if (parts.length != 2) {
					throw new IllegalStateException(RESOURCE + ": not 「列<Tab>写法」: " + line);
				}
				table.add(new Synonym(FormColumn.valueOf(parts[0].strip()), pattern(parts[1].strip())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(table);
	}

	private static Pattern pattern(String written) {
		String normalized = HeaderText.normalize(written);
		StringBuilder regex = new StringBuilder();
		int at = 0;
		while (at < normalized.length()) {
			int open = normalized.indexOf('{', at);
			if (open < 0) {
				regex.append(Pattern.quote(normalized.substring(at)));
				break;
			}
			if (open > at) {
				regex.append(Pattern.quote(normalized.substring(at, open)));
			}
			int close = normalized.indexOf('}', open);
			regex.append(switch (normalized.substring(open + 1, close)) {
				case "月" -> MONTH;
				case "区间" -> RANGE;
				case "括注" -> NOTE;
				default -> throw new IllegalStateException(RESOURCE + ": unknown placeholder in " + written);
			});
			at = close + 1;
		}
		return Pattern.compile(regex + NOTE);
	}

	/** The table, loaded on first use: FormColumn's constants must exist before a line can name one. */
	private static final class Table {

		static final List<Synonym> LINES = load();

	}

	/** One line of the table. */
	record Synonym(FormColumn column, Pattern pattern) {
	}

}
