package cn.minsheng.rollup.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.web.PageLedger.SubmissionLine;

/**
 * The units × months table of the start page: for each unit and month its {@link CellState} and the submission the
 * cell links to, and per month the count of each state.
 *
 * @param months the columns, oldest first
 * @param rows one per unit of the catalog, in the catalog's order
 */
record ReportingMatrix(List<YearMonth> months, List<Row> rows) {

	/**
	 * @param units the catalog's units
	 * @param decided the year's decided submissions, oldest first
	 * @param today the office's date: a month without a form is 未报送 only once its due day has passed
	 */
	static ReportingMatrix of(List<String> units, List<YearMonth> months, List<SubmissionLine> decided, int dueDay,
			LocalDate today) {
		Map<String, List<SubmissionLine>> byCell = new LinkedHashMap<>();
		decided.forEach((s) -> byCell.computeIfAbsent(s.unit() + "|" + s.period(), (k) -> new ArrayList<>()).add(s));
		List<Row> rows = new ArrayList<>();
		for (String unit : units) {
			List<Cell> cells = new ArrayList<>();
			for (YearMonth month : months) {
				List<SubmissionLine> forms = byCell.getOrDefault(unit + "|" + month, List.of());
				cells.add(cell(forms, isPastDue(month, dueDay, today)));
			}
			rows.add(new Row(unit, cells));
		}
		return new ReportingMatrix(List.copyOf(months), rows);
	}

	static boolean isPastDue(YearMonth month, int dueDay, LocalDate today) {
		return today.isAfter(month.atDay(Math.min(dueDay, month.lengthOfMonth())));
	}

	private static Cell cell(List<SubmissionLine> forms, boolean pastDue) {
		SubmissionLine inForce = forms.stream().filter((s) -> s.accepted() && s.current()).findFirst().orElse(null);
		if (inForce != null) {
			boolean corrected = (inForce.version() != null && inForce.version() > 1)
					|| forms.stream().anyMatch((s) -> s.rejected() && s.id() < inForce.id());
			CellState state = corrected ? CellState.CORRECTED : inForce.late() ? CellState.LATE : CellState.REPORTED;
			return new Cell(state, inForce.id(), inForce.late());
		}
		SubmissionLine rejected = forms.stream().filter(SubmissionLine::rejected).reduce((a, b) -> b).orElse(null);
		if (rejected != null) {
			return new Cell(CellState.REJECTED, rejected.id(), false);
		}
		return new Cell(pastDue ? CellState.MISSING : CellState.NOT_DUE, null, false);
	}

	/** How many units of the month are in each state. */
	Map<CellState, Integer> counts(int monthIndex) {
		Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
		for (CellState state : CellState.values()) {
			counts.put(state, 0);
		}
		this.rows.forEach((row) -> counts.merge(row.cells().get(monthIndex).state(), 1, Integer::sum));
		return counts;
	}

	/** The units of the month to remind: not reported after the due day, or only rejected forms. */
	List<String> toRemind(int monthIndex) {
		return this.rows.stream()
			.filter((row) -> row.cells().get(monthIndex).state().needsReminder())
			.map(Row::unit)
			.toList();
	}

	/** One unit's line. */
	record Row(String unit, List<Cell> cells) {
	}

	/**
	 * One unit's month.
	 *
	 * @param submissionId the form the cell links to; {@code null} when nothing was received
	 * @param late received after the due day (shown beside 已更正)
	 */
	record Cell(CellState state, Long submissionId, boolean late) {
	}

}
