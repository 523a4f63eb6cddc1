package cn.minsheng.rollup.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.web.PageLedger.SubmissionLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page's cells: what a unit's forms of a month make of its cell, against the due day.
 */
class ReportingMatrixTest {

	private static final YearMonth OCT = YearMonth.of(2023, 10);

	private static final YearMonth NOV = YearMonth.of(2023, 11);

	private final List<SubmissionLine> forms = new ArrayList<>();

	@Test
	void anAcceptedFormInTimeIsReportedAndALateOneIsLate() {
		accepted(1, "县人社局", OCT, false, 1);
		accepted(2, "县医保局", OCT, true, 1);

		ReportingMatrix matrix = matrix(List.of("县人社局", "县医保局"), LocalDate.of(2023, 11, 5));

		assertThat(states(matrix, 0)).containsExactly(CellState.REPORTED, CellState.LATE);
		assertThat(matrix.rows().get(0).cells().get(0).submissionId()).isEqualTo(1L);
	}

	@Test
	void onlyRejectedFormsLeaveTheCellRejectedLinkingTheLatest() {
		rejected(3, "县民政局", NOV);
		rejected(7, "县民政局", NOV);

		ReportingMatrix matrix = matrix(List.of("县民政局"), LocalDate.of(2023, 12, 1));

		ReportingMatrix.Cell cell = matrix.rows().get(0).cells().get(1);
		assertThat(cell.state()).isEqualTo(CellState.REJECTED);
		assertThat(cell.submissionId()).isEqualTo(7L);
		assertThat(matrix.toRemind(1)).containsExactly("县民政局");
	}

	@Test
	void anAcceptedFormAfterARejectedOneIsCorrectedAndNeedsNoReminder() {
		rejected(3, "县卫健局", NOV);
		accepted(9, "县卫健局", NOV, true, 1);

		ReportingMatrix matrix = matrix(List.of("县卫健局"), LocalDate.of(2023, 12, 1));

		ReportingMatrix.Cell cell = matrix.rows().get(0).cells().get(1);
		assertThat(cell.state()).isEqualTo(CellState.CORRECTED);
		assertThat(cell.submissionId()).isEqualTo(9L);
		assertThat(cell.late()).isTrue();
		assertThat(matrix.toRemind(1)).isEmpty();
	}

	@Test
	void aSecondAcceptedVersionIsCorrected() {
		accepted(4, "县水利局", OCT, false, 2);

		assertThat(states(matrix(List.of("县水利局"), LocalDate.of(2023, 12, 1)), 0)).containsExactly(CellState.CORRECTED);
	}

	@Test
	void nothingReceivedIsMissingOnlyAfterTheDueDay() {
		ReportingMatrix beforeDue = matrix(List.of("县交警大队"), LocalDate.of(2023, 11, 28));
		ReportingMatrix afterDue = matrix(List.of("县交警大队"), LocalDate.of(2023, 11, 29));

		assertThat(beforeDue.rows().get(0).cells().get(1).state()).isEqualTo(CellState.NOT_DUE);
		assertThat(beforeDue.toRemind(1)).isEmpty();
		assertThat(afterDue.rows().get(0).cells().get(1).state()).isEqualTo(CellState.MISSING);
		assertThat(afterDue.toRemind(1)).containsExactly("县交警大队");
		assertThat(afterDue.counts(1)).containsEntry(CellState.MISSING, 1).containsEntry(CellState.REPORTED, 0);
	}

	@Test
	void theMonthsRunFromTheFirstFormToTheLatestOrToThisMonthInTheCatalogYear() {
		accepted(1, "县人社局", YearMonth.of(2023, 9), false, 1);
		accepted(2, "县人社局", NOV, false, 1);

		assertThat(MatrixController.monthsShown(2023, this.forms, LocalDate.of(2026, 12, 1)))
			.containsExactly(YearMonth.of(2023, 9), OCT, NOV);
		assertThat(MatrixController.monthsShown(2023, this.forms, LocalDate.of(2023, 12, 3)))
			.containsExactly(YearMonth.of(2023, 9), OCT, NOV, YearMonth.of(2023, 12));
		assertThat(MatrixController.monthsShown(2024, List.of(), LocalDate.of(2023, 12, 3))).isEmpty();
	}

	private ReportingMatrix matrix(List<String> units, LocalDate today) {
		return ReportingMatrix.of(units, List.of(OCT, NOV), this.forms, 28, today);
	}

	private static List<CellState> states(ReportingMatrix matrix, int month) {
		return matrix.rows().stream().map((r) -> r.cells().get(month).state()).toList();
	}

	private void accepted(long id, String unit, YearMonth period, boolean late, int version) {
		this.forms.add(new SubmissionLine(id, unit + ".xlsx", unit, period.toString(), "ACCEPTED", late, version, true,
				LocalDateTime.of(2023, 11, 1, 9, 0), null, null, null, 0, 0));
	}

	private void rejected(long id, String unit, YearMonth period) {
		this.forms.add(new SubmissionLine(id, unit + ".xlsx", unit, period.toString(), "REJECTED", false, null, false,
				LocalDateTime.of(2023, 11, 1, 9, 0), "错误", null, null, 1, 0));
	}

}
