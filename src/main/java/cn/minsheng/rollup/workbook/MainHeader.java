package cn.minsheng.rollup.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import cn.minsheng.rollup.form.FormColumn;

/**
 * The header of the main sheet: one row, or two when a group header is merged over sub-headers (验收情况 over
 * 线上验收/线下验收) or a header is merged down over two rows, leaving the lower row blank there.
 *
 * @param firstRow zero-based index of the (upper) header row
 * @param lastRow zero-based index of the lower header row, equal to {@code firstRow} for a one-row header
 * @param columns the column index each matched column was found in
 */
record MainHeader(int firstRow, int lastRow, Map<FormColumn, Integer> columns) {

	/** A header row has at least this many cells naming a template column. */
	static final int MIN_MATCHES = 4;

	MainHeader {
		columns = Map.copyOf(columns);
	}

	/** Without a name to go by, a sheet counts as the form only with codes, cumulative figures and three more. */
	boolean qualifiesWithoutName() {
		return columns.containsKey(FormColumn.CODE) && columns.containsKey(FormColumn.CUMULATIVE_DONE)
				&& columns.size() >= 5;
	}

	/**
	 * Finds the header among the scanned rows: the first row with enough matches, merged with a neighbour; or the
	 * first two rows that have enough matches only together (a group header row over a row of sub-headers).
	 */
	static Optional<MainHeader> locate(List<ScannedRow> scan) {
		for (int i = 0; i < scan.size(); i++) {
			ScannedRow row = scan.get(i);
			if (row.index() >= IntakeLimits.HEADER_SCAN_ROWS) {
				break;
			}
			Map<FormColumn, Integer> single = match(row.cells(), Map.of());
			if (single.size() >= MIN_MATCHES) {
				return Optional.of(withNeighbour(scan, i, single));
			}
			if (!single.isEmpty() && followedByHeaderRow(scan, i)) {
				Map<FormColumn, Integer> combined = match(row.cells(), scan.get(i + 1).cells());
				if (combined.size() >= MIN_MATCHES) {
					return Optional.of(new MainHeader(row.index(), row.index() + 1, combined));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean followedByHeaderRow(List<ScannedRow> scan, int i) {
		if (i + 1 >= scan.size() || scan.get(i + 1).index() != scan.get(i).index() + 1) {
			return false;
		}
		ScannedRow next = scan.get(i + 1);
		return mayBeHeader(next) && !match(next.cells(), Map.of()).isEmpty();
	}

	private static MainHeader withNeighbour(List<ScannedRow> scan, int i, Map<FormColumn, Integer> single) {
		ScannedRow row = scan.get(i);
		if (i + 1 < scan.size() && scan.get(i + 1).index() == row.index() + 1 && mayBeHeader(scan.get(i + 1))) {
			Map<FormColumn, Integer> combined = match(row.cells(), scan.get(i + 1).cells());
			if (combined.size() > single.size()) {
				return new MainHeader(row.index(), row.index() + 1, combined);
			}
		}
		if (i > 0 && scan.get(i - 1).index() == row.index() - 1 && mayBeHeader(scan.get(i - 1))) {
			Map<FormColumn, Integer> combined = match(scan.get(i - 1).cells(), row.cells());
			if (combined.size() > single.size()) {
				return new MainHeader(row.index() - 1, row.index(), combined);
			}
		}
		return new MainHeader(row.index(), row.index(), single);
	}

	/** A neighbour row holding codes or numbers is data, not a second header row. */
	private static boolean mayBeHeader(ScannedRow row) {
		return row.cells().values().stream().noneMatch((c) -> c.number() != null || RowText.isCodeLike(c));
	}

	/**
	 * Matches columns to header cells. With a lower row, each column tries the upper and lower text joined
	 * (计划投资 over (万元)), then the lower text alone (线上验收 under 验收情况), then the upper alone (a header merged down).
	 */
	static Map<FormColumn, Integer> match(SortedMap<Integer, FieldValue> upper, Map<Integer, FieldValue> lower) {
		Map<FormColumn, Integer> found = new EnumMap<>(FormColumn.class);
		TreeSet<Integer> columns = new TreeSet<>(upper.keySet());
		columns.addAll(lower.keySet());
		for (int column : columns) {
			String up = text(upper.get(column));
			String low = text(lower.get(column));
			for (String candidate : List.of(up.isEmpty() || low.isEmpty() ? "" : up + low, low, up)) {
				Optional<FormColumn> matched = columnNamed(candidate, found);
				if (matched.isPresent()) {
					found.put(matched.get(), column);
					break;
				}
			}
		}
		return found;
	}

	/**
	 * The header's other columns whose header names a column already found (a unit inserted its own 备注, or a
	 * second 累计完成): column index to the column it repeats.
	 */
	Map<Integer, FormColumn> repeatedColumns(List<ScannedRow> scan) {
		SortedMap<Integer, FieldValue> upper = new java.util.TreeMap<>();
		Map<Integer, FieldValue> lower = new java.util.HashMap<>();
		for (ScannedRow row : scan) {
			if (row.index() == this.firstRow) {
				upper.putAll(row.cells());
			}
			else if (row.index() == this.lastRow) {
				lower.putAll(row.cells());
			}
		}
		Map<Integer, FormColumn> repeated = new java.util.TreeMap<>();
		TreeSet<Integer> indices = new TreeSet<>(upper.keySet());
		indices.addAll(lower.keySet());
		for (int index : indices) {
			if (this.columns.containsValue(index)) {
				continue;
			}
			String up = text(upper.get(index));
			String low = text(lower.get(index));
			for (String candidate : List.of(up.isEmpty() || low.isEmpty() ? "" : up + low, low, up)) {
				Optional<FormColumn> named = candidate.isEmpty() ? Optional.empty()
						: this.columns.keySet().stream().filter((c) -> c.matches(candidate)).findFirst();
				if (named.isPresent()) {
					repeated.put(index, named.get());
					break;
				}
			}
		}
		return repeated;
	}

	private static Optional<FormColumn> columnNamed(String normalized, Map<FormColumn, Integer> taken) {
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		for (FormColumn column : FormColumn.values()) {
			if (!taken.containsKey(column) && column.matches(normalized)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static String text(FieldValue value) {
		return value == null || value.number() != null ? "" : RowText.compact(value.text());
	}

}
