package cn.minsheng.rollup.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns the cell records of a BIFF8 sheet into rows. A row is passed on when a cell of another row arrives or the
 * sheet ends: POI's end-of-row marker would come before the STRING record that carries a text formula's result.
 */
final class XlsCellCollector {

	/** Receives a finished row. */
	interface RowSink {

		void row(int rowIndex, SortedMap<Integer, FieldValue> cells);

	}

	private final FormatTrackingHSSFListener formats;

	private final RowSink sink;

	private CellValues values;

	private SSTRecord sharedStrings;

	private final Map<Integer, String> fileFormats = new HashMap<>();

	private SortedMap<Integer, FieldValue> cells = new TreeMap<>();

	private int pendingRow = -1;

	private int formulaRow = -1;

	private int formulaColumn = -1;

	XlsCellCollector(FormatTrackingHSSFListener formats, RowSink sink) {
		this.formats = formats;
		this.sink = sink;
	}

	void startWorkbook(CellValues values) {
		this.values = values;
	}

	/** Records of the workbook globals: only the shared string table matters here. */
	void globalRecord(Record record) {
		if (record instanceof SSTRecord sst) {
			this.sharedStrings = sst;
		}
		else if (record instanceof FormatRecord format) {
			this.fileFormats.put(format.getIndexCode(), format.getFormatString());
		}
	}

	/** Records of a worksheet that is being read. */
	void sheetRecord(Record record) {
		if (record instanceof StringRecord string) {
			if (this.formulaRow >= 0) {
				put(this.formulaRow, this.formulaColumn, this.values.text(this.formulaRow, this.formulaColumn,
						string.getString()));
			}
			this.formulaRow = -1;
			return;
		}
		if (record instanceof CellValueRecordInterface cell) {
			// a shared-formula or array record may come between a formula and its STRING record, a cell may not
			this.formulaRow = -1;
			FieldValue value = toValue(cell);
			if (value != null) {
				put(cell.getRow(), cell.getColumn(), value);
			}
		}
	}

	/** The sheet ended: pass on the last row. */
	void flush() {
		if (!this.cells.isEmpty()) {
			this.sink.row(this.pendingRow, this.cells);
		}
		this.cells = new TreeMap<>();
		this.pendingRow = -1;
		this.formulaRow = -1;
	}

	private FieldValue toValue(CellValueRecordInterface cell) {
		int row = cell.getRow();
		int column = cell.getColumn();
		if (cell instanceof NumberRecord number) {
			return number(row, column, number.getValue(), cell);
		}
		if (cell instanceof RKRecord rk) {
			return number(row, column, rk.getRKNumber(), cell);
		}
		if (cell instanceof LabelSSTRecord label) {
			return this.values.text(row, column, sharedString(label.getSSTIndex()));
		}
		if (cell instanceof LabelRecord label) {
			return this.values.text(row, column, label.getValue());
		}
		if (cell instanceof BoolErrRecord boolErr) {
			return this.values.text(row, column, boolErr.isBoolean() ? booleanText(boolErr.getBooleanValue())
					: errorText(boolErr.getErrorValue()));
		}
		if (cell instanceof FormulaRecord formula) {
			return formulaResult(formula);
		}
		return null;
	}

	/** A formula's value as last calculated and saved by Excel or WPS. */
	private FieldValue formulaResult(FormulaRecord formula) {
		int row = formula.getRow();
		int column = formula.getColumn();
		CellType type = formula.getCachedResultTypeEnum();
		return switch (type) {
			case NUMERIC -> number(row, column, formula.getValue(), formula);
			case BOOLEAN -> this.values.text(row, column, booleanText(formula.getCachedBooleanValue()));
			case ERROR -> this.values.text(row, column, errorText(formula.getCachedErrorValue()));
			case STRING -> {
				if (formula.hasCachedResultString()) {
					this.formulaRow = row; // the text follows in a STRING record
					this.formulaColumn = column;
				}
				yield null;
			}
			default -> null;
		};
	}

	private FieldValue number(int row, int column, double value, CellValueRecordInterface cell) {
		int index;
		String pattern;
		try {
			index = this.formats.getFormatIndex(cell);
			// the file's own FORMAT record wins: POI's tracker uses its built-in table below index 50, which knows
			// only US currency formats, where a Chinese file defines ¥ formats
			pattern = this.fileFormats.containsKey(index) ? this.fileFormats.get(index)
					: this.formats.getFormatString(cell);
		}
		catch (RuntimeException ex) {
			// the cell points at a style the file does not have
			index = 0;
			pattern = null;
		}
		return this.values.number(row, column, value, index, pattern);
	}

	private String sharedString(int index) {
		if (this.sharedStrings == null || index < 0 || index >= this.sharedStrings.getNumUniqueStrings()) {
			return "";
		}
		return this.sharedStrings.getString(index).getString();
	}

	private void put(int row, int column, FieldValue value) {
		if (row != this.pendingRow) {
			flush();
			this.pendingRow = row;
		}
		if (column < IntakeLimits.MAX_COLUMNS && !value.isBlank()) {
			this.cells.put(column, value);
		}
	}

	private static String booleanText(boolean value) {
		return value ? "TRUE" : "FALSE";
	}

	private static String errorText(int code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#N/A";
		}
	}

}
