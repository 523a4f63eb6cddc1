package cn.minsheng.rollup.workbook;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.form.FormColumn;

/**
 * Interprets the sheets of a unit's workbook, whatever its file format: finds the main sheet, its header, rows and
 * footer, reads the hidden metadata, and passes the distribution rows on one by one. Every other sheet whose header
 * makes it a form too is noticed and summed up ({@link SheetCandidate}), for intake to choose by the evidence.
 */
final class FormAssembler implements SheetRowVisitor {

	/** Without these the rows cannot be checked at all. */
	private static final List<FormColumn> REQUIRED = List.of(FormColumn.CODE, FormColumn.MONTH_DONE,
			FormColumn.CUMULATIVE_DONE, FormColumn.STATUS);

	/** In a sheet named 项目分布清单 two recognised headers are enough to find the header row. */
	private static final int NAMED_DISTRIBUTION_MIN_MATCHES = 2;

	private final Consumer<DistributionRow> distribution;

	private final HeldFormulaRows heldRows = new HeldFormulaRows(this::emit);

	private final Map<String, String> metadata = new LinkedHashMap<>();

	/** The sheet to read as the form when the evidence chose it, {@code null} to go by the template's names. */
	private final String mainSheet;

	/** Other sheets that qualify as the form, by sheet index. */
	private final SortedMap<Integer, SheetCandidate> otherForms = new TreeMap<>();

	private int bestCandidateIndex = -1;

	private SheetPlan plan = SheetPlan.of(List.of());

	private boolean date1904;

	private SheetReading current;

	private MainSheet namedMain;

	private MainSheet bestCandidate;

	private boolean distributionFound;

	private int candidatesScanned;

	FormAssembler(Consumer<DistributionRow> distribution) {
		this(distribution, null);
	}

	/** @param mainSheet the exact name of the sheet to read as the form, {@code null} to go by the template's names */
	FormAssembler(Consumer<DistributionRow> distribution, String mainSheet) {
		this.distribution = distribution;
		this.mainSheet = mainSheet;
	}

	@Override
	public void startWorkbook(List<SheetInfo> sheets, boolean date1904) {
		this.plan = SheetPlan.of(sheets, this.mainSheet);
		this.date1904 = date1904;
		this.distributionFound = this.plan.hasNamedDistribution();
	}

	@Override
	public boolean startSheet(String name, int index, boolean hidden) {
		this.current = switch (this.plan.role(index, name)) {
			case MAIN -> new MainSheetInterpreter(name, (sheet) -> this.namedMain = sheet);
			case DISTRIBUTION -> distributionReading(name, NAMED_DISTRIBUTION_MIN_MATCHES);
			case META -> new MetaSheetReader(this.metadata);
			case CANDIDATE -> candidate(name, index, hidden);
			case SKIP -> null;
		};
		return this.current != null;
	}

	@Override
	public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		return this.current != null && this.current.row(rowIndex, cells);
	}

	@Override
	public void merged(List<MergedRange> ranges) {
		if (this.current != null) {
			this.current.merged(ranges);
		}
	}

	@Override
	public void endSheet() {
		if (this.current != null) {
			this.current.end();
		}
		this.current = null;
	}

	/**
	 * A sheet without a part by name. Beside a named form (and when hidden) it can only be another form, summed up;
	 * otherwise it competes to be the form and is read in full. It may also be the distribution sheet.
	 */
	private SheetReading candidate(String name, int index, boolean hidden) {
		if (++this.candidatesScanned > IntakeLimits.MAX_SHEETS_SCANNED) {
			return null;
		}
		Supplier<SheetReading> asMain = this.plan.hasNamedMain() || hidden
				? () -> MainSheetInterpreter.summaryOnly(name, (sheet) -> otherForm(index, sheet))
				: () -> new MainSheetInterpreter(name, (sheet) -> candidateRead(index, sheet));
		Supplier<SheetReading> asDistribution = this.distributionFound || hidden ? null
				: () -> distributionReading(name, CandidateSheet.DISTRIBUTION_MIN_MATCHES);
		return new CandidateSheet(asMain, asDistribution);
	}

	private void otherForm(int index, MainSheet sheet) {
		if (sheet.qualifies()) {
			this.otherForms.put(index, sheet.candidate());
		}
	}

	private SheetReading distributionReading(String name, int minMatches) {
		return new DistributionSheetInterpreter(name, minMatches, this::emit, this.heldRows,
				() -> this.distributionFound = true);
	}

	/** The distribution rows held back for their formulas; pass them on with {@link HeldFormulaRows#release}. */
	HeldFormulaRows heldRows() {
		return this.heldRows;
	}

	/**
	 * Of several sheets that look like the form, the one naming the most template columns is read as the form; the
	 * first on ties. The others are kept as evidence only.
	 */
	private void candidateRead(int index, MainSheet sheet) {
		if (this.bestCandidate == null || sheet.matchedColumns() > this.bestCandidate.matchedColumns()) {
			if (this.bestCandidate != null) {
				otherForm(this.bestCandidateIndex, this.bestCandidate);
			}
			this.bestCandidate = sheet;
			this.bestCandidateIndex = index;
		}
		else {
			otherForm(index, sheet);
		}
	}

	private void emit(DistributionRow row) {
		try {
			this.distribution.accept(row);
		}
		catch (RuntimeException ex) {
			throw new ConsumerFailure(ex);
		}
	}

	/** The form as read, once the reader has visited every sheet. */
	ParsedForm result() throws FormReadException {
		MainSheet main = this.namedMain != null ? this.namedMain : this.bestCandidate;
		if (main == null) {
			throw new FormReadException(RejectionKind.NOT_OUR_FORM, "未找到月报表：工作簿中没有「月报表」工作表，"
					+ "也没有包含「项目编码」「累计完成」等列的表格；请使用下发的月报表模板填报");
		}
		if (main.tooManyRows()) {
			throw new FormReadException(RejectionKind.TOO_LARGE, "「" + main.sheetName() + "」工作表的数据行超过 "
					+ IntakeLimits.MAX_FORM_ROWS + " 行，不是月报表；请使用下发的月报表模板填报");
		}
		Map<FormColumn, Integer> columns = main.header() == null ? Map.of() : main.header().columns();
		List<FormColumn> missing = Arrays.stream(FormColumn.values()).filter((c) -> !columns.containsKey(c)).toList();
		List<FormColumn> missingRequired = REQUIRED.stream().filter(missing::contains).toList();
		if (!missingRequired.isEmpty()) {
			throw new FormReadException(RejectionKind.NOT_OUR_FORM, missingColumnsReason(main, missingRequired));
		}
		Map<FormColumn, String> letters = new EnumMap<>(FormColumn.class);
		columns.forEach((column, index) -> letters.put(column, CellReference.convertNumToColString(index)));
		return new ParsedForm(this.metadata, main.declaredUnit(), main.declaredPeriod(), letters, missing,
				main.rows(), main.footer(), main.sheetName(), this.distributionFound, this.date1904,
				main.columnConflicts(), List.copyOf(this.otherForms.values()), main.headerFormulas());
	}

	private static String missingColumnsReason(MainSheet main, List<FormColumn> missing) {
		String names = missing.stream().map((c) -> "「" + c.header() + "」").collect(Collectors.joining());
		String where = main.header() == null ? "中找不到表头行，缺少必需的列：" : "缺少必需的列：";
		return "「" + main.sheetName() + "」工作表" + where + names
				+ "；该文件可能是其他版本的模板，或表头被改动。请使用下发的月报表模板填报，不要删除或改写表头";
	}

}
