package cn.minsheng.rollup.workbook;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.ValueType;

/**
 * Reads the main sheet 月报表 as its rows stream past: holds back the first rows until the header is found, takes
 * 填报单位 and 报送月份 from above it, then keeps the indicator rows and the footer, skipping 合计 rows, notes and
 * blank lines. A sheet read only to be told apart from the form ({@link #summaryOnly}) keeps none of its rows, only
 * their {@link SheetCandidate} evidence.
 */
final class MainSheetInterpreter implements SheetReading {

	private final String sheetName;

	private final Consumer<MainSheet> onEnd;

	private final List<ScannedRow> scan = new ArrayList<>();

	private final List<FormRow> rows = new ArrayList<>();

	private final Map<String, FieldValue> headerBlock = new LinkedHashMap<>();

	private final Map<String, FieldValue> footer = new LinkedHashMap<>();

	/** Formula cells without results above the header: one may hold 填报单位 or 报送月份 with its label. */
	private final List<String> blockFormulas = new ArrayList<>();

	private MainHeader header;

	/** Columns whose header repeats a column found: index to that column. */
	private Map<Integer, FormColumn> repeated = Map.of();

	private final List<ColumnConflict> conflicts = new ArrayList<>();

	private boolean scanning = true;

	private boolean footerStarted;

	private boolean tooManyRows;

	/** Counts and digests the rows instead of keeping them; {@code null} for the sheet read in full. */
	private final FiguresDigest summary;

	private int rowsSeen;

	MainSheetInterpreter(String sheetName, Consumer<MainSheet> onEnd) {
		this(sheetName, onEnd, false);
	}

	private MainSheetInterpreter(String sheetName, Consumer<MainSheet> onEnd, boolean summaryOnly) {
		this.sheetName = sheetName;
		this.onEnd = onEnd;
		this.summary = summaryOnly ? new FiguresDigest() : null;
	}

	/** A reading of a sheet that is not the form unless the evidence says so: its rows are summed up, not kept. */
	static MainSheetInterpreter summaryOnly(String sheetName, Consumer<MainSheet> onEnd) {
		return new MainSheetInterpreter(sheetName, onEnd, true);
	}

	@Override
	public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		if (this.scanning) {
			if (rowIndex <= IntakeLimits.HEADER_SCAN_ROWS) {
				this.scan.add(new ScannedRow(rowIndex, cells));
				return true;
			}
			if (!locateHeader()) {
				return false;
			}
		}
		return body(rowIndex, cells);
	}

	@Override
	public void end() {
		if (this.scanning) {
			locateHeader();
		}
		Map<String, String> formulas = headerFormulas();
		String unit = declared(FormLabels.UNIT, this.headerBlock.get(FormLabels.UNIT));
		String period = declared(FormLabels.PERIOD, this.headerBlock.get(FormLabels.PERIOD));
		SheetCandidate summed = this.summary == null ? null : this.summary.candidate(this.sheetName, unit, period);
		this.onEnd.accept(new MainSheet(this.sheetName, this.header, unit, period, this.rows, this.footer,
				this.tooManyRows, this.conflicts, summed, formulas));
	}

	/**
	 * The header-block cells to calculate: a value after its label, by label; where a label is not found at all, every
	 * formula cell of the block, by its own reference (the label may be inside: ="报送月份："&TEXT(…)).
	 */
	private Map<String, String> headerFormulas() {
		Map<String, String> formulas = new LinkedHashMap<>();
		this.headerBlock.forEach((label, value) -> {
			if (value.isUncalculatedFormula()) {
				formulas.put(label, value.cellRef());
			}
		});
		if (!this.headerBlock.containsKey(FormLabels.UNIT) || !this.headerBlock.containsKey(FormLabels.PERIOD)) {
			this.blockFormulas.stream().filter((ref) -> !formulas.containsValue(ref))
				.forEach((ref) -> formulas.put(ref, ref));
		}
		return formulas;
	}

	/** Ends the scan: finds the header, reads the block above it and the rows held back below it. */
	private boolean locateHeader() {
		this.scanning = false;
		this.header = MainHeader.locate(this.scan).orElse(null);
		if (this.header == null) {
			return false;
		}
		this.repeated = this.header.repeatedColumns(this.scan);
		boolean more = true;
		for (ScannedRow row : this.scan) {
			if (row.index() < this.header.firstRow()) {
				LabeledValues.find(row.cells(), FormLabels.HEADER_BLOCK).forEach(this.headerBlock::putIfAbsent);
				row.cells().values().stream().filter(FieldValue::isUncalculatedFormula)
					.forEach((cell) -> this.blockFormulas.add(cell.cellRef()));
			}
			else if (row.index() > this.header.lastRow() && more) {
				more = body(row.index(), row.cells());
			}
		}
		this.scan.clear();
		return more;
	}

	private boolean body(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		Integer codeColumn = this.header.columns().get(FormColumn.CODE);
		// a code that is a formula saved without its result is calculated later, or named: never dropped unseen
		if (codeColumn != null && (RowText.isCodeLike(cells.get(codeColumn)) || isFormula(cells.get(codeColumn)))) {
			return addRow(rowIndex, cells);
		}
		if (LabeledValues.hasLabel(cells, FormLabels.FOOTER)) {
			this.footerStarted = true;
			LabeledValues.find(cells, FormLabels.FOOTER).forEach(this.footer::putIfAbsent);
			return true;
		}
		if (this.footerStarted || RowText.isTotalOrNote(cells.values()) || !hasFigures(cells)) {
			return true;
		}
		return addRow(rowIndex, cells);
	}

	/**
	 * Numbers in the columns that hold figures: an indicator row whose code was left blank or mistyped. A formula
	 * saved without its result counts: once calculated, {@link FormulaResults} drops the row if it holds no figure.
	 */
	private boolean hasFigures(SortedMap<Integer, FieldValue> cells) {
		for (Map.Entry<FormColumn, Integer> column : this.header.columns().entrySet()) {
			ValueType type = column.getKey().type();
			if ((type == ValueType.NUMBER || type == ValueType.PERCENT)
					&& (RowText.isNumeric(cells.get(column.getValue())) || isFormula(cells.get(column.getValue())))) {
				return true;
			}
		}
		return false;
	}

	private boolean addRow(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		if (this.rowsSeen++ >= IntakeLimits.MAX_FORM_ROWS) {
			this.tooManyRows = true;
			return false;
		}
		Map<FormColumn, FieldValue> values = new EnumMap<>(FormColumn.class);
		this.header.columns().forEach((column, index) -> {
			FieldValue value = cells.get(index);
			values.put(column, value != null ? value : FieldValue.blank(CellValues.ref(rowIndex, index)));
		});
		this.repeated.forEach((index, column) -> merge(values, column, cells.get(index)));
		if (this.summary != null) {
			this.summary.add(new FormRow(rowIndex + 1, values));
		}
		else {
			this.rows.add(new FormRow(rowIndex + 1, values));
		}
		return true;
	}

	/**
	 * Cells merged over several rows: a text (存在问题 written once for three indicators) is given to every row it
	 * covers; a figure a unit typed into such a cell belongs to none of its rows alone, and the check names the range.
	 */
	@Override
	public void merged(List<MergedRange> ranges) {
		if (this.scanning) {
			locateHeader(); // a short sheet is still held back: its rows are read now, before the merges apply
		}
		if (this.header == null || this.summary != null) {
			return;
		}
		for (MergedRange range : ranges) {
			this.header.columns().forEach((column, index) -> {
				if (index == range.firstColumn() && !column.prefilled()) {
					spread(range, column);
				}
			});
		}
	}

	private void spread(MergedRange range, FormColumn column) {
		int top = indexOfRow(range.firstRow() + 1);
		FieldValue value = top < 0 ? null : this.rows.get(top).cells().get(column);
		if (value == null || value.isBlank()) {
			return;
		}
		if (column.type() != ValueType.TEXT) {
			this.conflicts.add(new ColumnConflict(value.cellRef(), "是跨 " + (range.lastRow() - range.firstRow() + 1)
					+ " 行的合并单元格（" + range.reference() + "），其中的「" + value.text().strip() + "」不能确定属于哪一行；"
					+ "请取消合并，每行分别填写后重新报送", ColumnConflict.Kind.MERGED_FIGURE));
			return;
		}
		for (int i = 0; i < this.rows.size(); i++) {
			FormRow row = this.rows.get(i);
			int sheetRow = row.rowNumber() - 1;
			if (sheetRow > range.firstRow() && sheetRow <= range.lastRow() && row.cell(column).isBlank()) {
				Map<FormColumn, FieldValue> cells = new EnumMap<>(row.cells());
				cells.put(column, new FieldValue(CellValues.ref(sheetRow, range.firstColumn()), value.text(), null,
						false, value.date1904()));
				this.rows.set(i, new FormRow(row.rowNumber(), cells));
			}
		}
	}

	private int indexOfRow(int rowNumber) {
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.rows.get(i).rowNumber() == rowNumber) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A second column with the same header: both are read. Texts are joined; a figure in only one of them is taken;
	 * two different figures are a conflict the check names.
	 */
	private void merge(Map<FormColumn, FieldValue> values, FormColumn column, FieldValue other) {
		FieldValue first = values.get(column);
		if (other == null || other.isBlank() || same(first, other)) {
			return;
		}
		if (first.isBlank()) {
			values.put(column, other);
		}
		else if (column.type() == ValueType.TEXT) {
			values.put(column, new FieldValue(first.cellRef(), first.text().strip() + "；" + other.text().strip(), null,
					false, first.date1904()));
		}
		else {
			this.conflicts.add(new ColumnConflict(first.cellRef(), "与 " + other.cellRef() + " 所在列的标题都是「"
					+ column.header() + "」，两格填写的不同（「" + first.text().strip() + "」、「" + other.text().strip()
					+ "」）；请删去多余的一列或使两格一致后重新报送"));
		}
	}

	private static boolean same(FieldValue first, FieldValue other) {
		if (first.number() != null) {
			return first.number().equals(other.number());
		}
		return other.number() == null && first.text().strip().equals(other.text().strip());
	}

	private static boolean isFormula(FieldValue value) {
		return value != null && value.isUncalculatedFormula();
	}

	/**
	 * The text of a header-block value as identification reads it; a month typed as a date (Excel turns 2023-11 into
	 * a date) is written back as 2023年11月.
	 */
	static String declared(String label, FieldValue value) {
		return FormLabels.PERIOD.equals(label) ? periodText(value) : text(value);
	}

	private static String text(FieldValue value) {
		return value == null ? "" : value.text().strip();
	}

	private static String periodText(FieldValue value) {
		if (value != null && value.dateFormatted() && value.number() != null
				&& DateUtil.isValidExcelDate(value.number())) {
			LocalDateTime date = DateUtil.getLocalDateTime(value.number(), value.date1904());
			return date.getYear() + "年" + date.getMonthValue() + "月";
		}
		return text(value);
	}

}
