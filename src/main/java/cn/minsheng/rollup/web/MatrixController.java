package cn.minsheng.rollup.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.web.PageLedger.SubmissionLine;

/**
 * The start page (报送情况): who has reported for which month of the year, the reminders (催报) per month, the runs.
 */
@Controller
class MatrixController {

	private final CatalogProvider catalogs;

	private final PageLedger ledger;

	private final ContactBook contacts;

	private final RunsView runs;

	private final RollupProperties properties;

	private final java.time.Clock clock;

	MatrixController(CatalogProvider catalogs, PageLedger ledger, ContactBook contacts, RunsView runs,
			RollupProperties properties, java.time.Clock clock) {
		this.catalogs = catalogs;
		this.ledger = ledger;
		this.contacts = contacts;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/")
	String matrix(Model model) {
		Catalog catalog = this.catalogs.catalog();
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
		List<SubmissionLine> decided = this.ledger.decidedOfYear(catalog.year());
		List<YearMonth> months = monthsShown(catalog.year(), decided, today);
		ReportingMatrix matrix = ReportingMatrix.of(catalog.units(), months, decided, this.properties.dueDay(), today);
		List<MonthSummary> summaries = new ArrayList<>();
		for (int i = months.size() - 1; i >= 0; i--) {
			summaries.add(summary(matrix, i));
		}
		model.addAttribute("county", this.properties.county());
		model.addAttribute("year", catalog.year());
		model.addAttribute("dueDay", this.properties.dueDay());
		model.addAttribute("matrix", matrix);
		model.addAttribute("states", CellState.values());
		model.addAttribute("summaries", summaries);
		model.addAttribute("runs", this.runs.last(5));
		model.addAttribute("nextRun", this.runs.nextScheduled());
		model.addAttribute("running", this.runs.running().orElse(null));
		return "matrix";
	}

	/**
	 * From the first month of the year with a form to the latest one, or to this month when the catalog's year is this
	 * year: the months the office has been collecting.
	 */
	static List<YearMonth> monthsShown(int year, List<SubmissionLine> decided, LocalDate today) {
		YearMonth first = null;
		YearMonth last = null;
		for (SubmissionLine s : decided) {
			YearMonth month = YearMonth.parse(s.period());
			first = first == null || month.isBefore(first) ? month : first;
			last = last == null || month.isAfter(last) ? month : last;
		}
		YearMonth current = YearMonth.from(today);
		if (current.getYear() == year) {
			first = first == null || current.isBefore(first) ? current : first;
			last = last == null || current.isAfter(last) ? current : last;
		}
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; m != null && !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	private MonthSummary summary(ReportingMatrix matrix, int index) {
		List<Reminder> reminders = new ArrayList<>();
		for (ReportingMatrix.Row row : matrix.rows()) {
			CellState state = row.cells().get(index).state();
			if (state.needsReminder()) {
				ContactBook.Contact contact = this.contacts.of(row.unit());
				reminders.add(new Reminder(row.unit(), state.label(), contact.name(), contact.phone()));
			}
		}
		YearMonth month = matrix.months().get(index);
		return new MonthSummary(month.getYear() + " 年 " + month.getMonthValue() + " 月", matrix.counts(index),
				reminders);
	}

	/** A month's counts and its 催报 list. */
	record MonthSummary(String label, Map<CellState, Integer> counts, List<Reminder> reminders) {
	}

	/** A unit to call: why, and whom (填报人, 联系电话 of its last form). */
	record Reminder(String unit, String state, String liaison, String phone) {
	}

}
