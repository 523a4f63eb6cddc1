package cn.minsheng.rollup.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "label：value" pairs from a row as people lay them out: the value after the colon in the same cell, or in
 * the next non-empty cell to the right when the label cell holds only the label; several labels may share one cell
 * ("填报人：张三 联系电话：…"). Spaces inside labels ("填  报  人") are ignored.
 */
final class LabeledValues {

	/** A remark such as (盖章) between the label and its value, then the colon. */
	private static final Pattern AFTER_LABEL = Pattern.compile("^(?:\\([^)]{0,12}\\))?:*");

	/**
	 * A label and the spellings that stand for it.
	 * @param key the key the value is stored under
	 * @param spellings normalized spellings, longest first where one contains another
	 */
	record Label(String key, List<String> spellings) {
	}

	private static final int MIN_INNER_SPELLING = 3;

	private LabeledValues() {
	}

	/** True when some cell of the row starts with one of the labels. */
	static boolean hasLabel(SortedMap<Integer, FieldValue> cells, List<Label> labels) {
		return cells.values().stream().anyMatch((cell) -> !occurrences(RowText.compact(cell.text()), labels).isEmpty());
	}

	/** The values of the labels found at the start of cells of the row, by label key; first occurrence wins. */
	static Map<String, FieldValue> find(SortedMap<Integer, FieldValue> cells, List<Label> labels) {
		Map<String, FieldValue> found = new LinkedHashMap<>();
		List<Integer> columns = new ArrayList<>(cells.keySet());
		for (int i = 0; i < columns.size(); i++) {
			FieldValue cell = cells.get(columns.get(i));
			String text = RowText.compact(cell.text());
			List<Occurrence> occurrences = occurrences(text, labels);
			for (int k = 0; k < occurrences.size(); k++) {
				Occurrence occurrence = occurrences.get(k);
				int end = k + 1 < occurrences.size() ? occurrences.get(k + 1).start() : text.length();
				String inline = valueAfter(text.substring(occurrence.end(), end));
				FieldValue value = inline.isEmpty() ? nextValueCell(cells, columns, i, labels)
						: new FieldValue(cell.cellRef(), inline, null, false, cell.date1904());
				if (value != null) {
					found.putIfAbsent(occurrence.label().key(), value);
				}
			}
		}
		return found;
	}

	private static String valueAfter(String rest) {
		Matcher prefix = AFTER_LABEL.matcher(rest);
		return (prefix.find() ? rest.substring(prefix.end()) : rest).strip();
	}

	/** The next non-empty cell to the right that is not itself a label, or null. */
	private static FieldValue nextValueCell(SortedMap<Integer, FieldValue> cells, List<Integer> columns, int from,
			List<Label> labels) {
		if (from + 1 >= columns.size()) {
			return null;
		}
		FieldValue next = cells.get(columns.get(from + 1));
		if (!occurrences(RowText.compact(next.text()), labels).isEmpty() || next.isBlank()) {
			return null;
		}
		return next;
	}

	/** Label spellings in the text, ordered by position; empty unless the text starts with one of them. */
	private static List<Occurrence> occurrences(String text, List<Label> labels) {
		List<Occurrence> found = new ArrayList<>();
		for (Label label : labels) {
			for (String spelling : label.spellings()) {
				int at = text.indexOf(spelling);
				while (at >= 0) {
					int start = at;
					// a short spelling (月份) also occurs inside values (2023年11月份): it counts only at the start
					boolean counts = start == 0 || spelling.length() >= MIN_INNER_SPELLING;
					if (counts && found.stream().noneMatch((o) -> o.overlaps(start, start + spelling.length()))) {
						found.add(new Occurrence(label, start, start + spelling.length()));
					}
					at = text.indexOf(spelling, at + spelling.length());
				}
			}
		}
		found.sort(Comparator.comparingInt(Occurrence::start));
		if (found.isEmpty() || found.get(0).start() != 0) {
			return List.of();
		}
		return found;
	}

	private record Occurrence(Label label, int start, int end) {

		boolean overlaps(int otherStart, int otherEnd) {
			return otherStart < this.end && this.start < otherEnd;
		}

	}

}
