package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Streams a BIFF8 .xls file record by record with POI's event API ({@link HSSFEventFactory}): memory holds the
 * shared strings, never a sheet. Formula cells give their cached results, which is what the unit saw on screen; a
 * sheet's merged cells are reported after its rows, as the .xlsx reader does.
 */
final class XlsStreamReader implements HSSFListener {

	/** The names POI accepts for the workbook stream, in its order of preference. */
	private static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK", "WorkBook", "Book");

	private final SheetRowVisitor visitor;

	private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

	/** Tracks the FORMAT and XF records of the globals, so a number cell's format can be looked up. */
	private final FormatTrackingHSSFListener formats;

	private final XlsCellCollector cells;

	/** The merged cells of the sheet being read, from its MERGEDCELLS records (which follow its cells). */
	private final List<MergedRange> merged = new ArrayList<>();

	private BoundSheetRecord[] sheetsInStreamOrder;

	private boolean date1904;

	private boolean globalsDone;

	/** Nesting of BOF/EOF pairs: 1 inside the globals or a sheet, 2 inside a chart embedded in a sheet. */
	private int depth;

	private int substream = -1;

	private boolean sheetOpen;

	private boolean sheetWanted;

	private XlsStreamReader(SheetRowVisitor visitor) {
		this.visitor = visitor;
		this.formats = new FormatTrackingHSSFListener(this::cellRecord);
		this.cells = new XlsCellCollector(this.formats, this::row);
	}

	static void read(Path file, SheetRowVisitor visitor, ReadDeadline deadline) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				InputStream in = deadline.guard(workbookStream(fs.getRoot()))) {
			XlsStreamReader reader = new XlsStreamReader(visitor);
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(reader);
			new HSSFEventFactory().abortableProcessEvents(request, in);
			reader.finish();
		}
		catch (HSSFUserException ex) {
			throw new IllegalStateException("reading was aborted", ex);
		}
	}

	private static InputStream workbookStream(DirectoryNode root) throws IOException {
		Set<String> names = root.getEntryNames();
		for (String name : WORKBOOK_STREAMS) {
			if (names.contains(name)) {
				return root.createDocumentInputStream(name);
			}
		}
		throw new IOException("no Workbook stream in the OLE2 container");
	}

	@Override
	public void processRecord(Record record) {
		if (record instanceof BOFRecord bof) {
			startSubstream(bof);
			this.formats.processRecord(record);
		}
		else if (record instanceof EOFRecord) {
			this.formats.processRecord(record);
			endSubstream();
		}
		else {
			if (!this.globalsDone) {
				collectGlobals(record);
			}
			this.formats.processRecord(record);
		}
	}

	private void collectGlobals(Record record) {
		if (record instanceof BoundSheetRecord sheet && this.boundSheets.size() < IntakeLimits.MAX_SHEETS_LISTED) {
			this.boundSheets.add(sheet);
		}
		else if (record instanceof DateWindow1904Record window) {
			this.date1904 = window.getWindowing() == 1;
		}
		else {
			this.cells.globalRecord(record);
		}
	}

	private void startSubstream(BOFRecord bof) {
		this.depth++;
		if (this.depth != 1 || !this.globalsDone && bof.getType() == BOFRecord.TYPE_WORKBOOK) {
			return; // the globals, or a chart embedded in a sheet
		}
		if (!this.globalsDone) {
			startWorkbook();
		}
		this.substream++;
		if (bof.getType() == BOFRecord.TYPE_WORKSHEET && this.substream < this.sheetsInStreamOrder.length) {
			BoundSheetRecord sheet = this.sheetsInStreamOrder[this.substream];
			boolean hidden = sheet.isHidden() || sheet.isVeryHidden();
			this.sheetOpen = true;
			this.sheetWanted = this.visitor.startSheet(sheet.getSheetname(), this.boundSheets.indexOf(sheet), hidden);
		}
	}

	private void endSubstream() {
		this.depth = Math.max(0, this.depth - 1);
		if (this.depth > 0) {
			return;
		}
		if (!this.globalsDone) {
			startWorkbook();
		}
		else if (this.sheetOpen) {
			endSheet();
		}
	}

	private void startWorkbook() {
		this.globalsDone = true;
		this.sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(this.boundSheets);
		List<SheetInfo> sheets = new ArrayList<>();
		for (int i = 0; i < this.boundSheets.size(); i++) {
			BoundSheetRecord sheet = this.boundSheets.get(i);
			sheets.add(new SheetInfo(sheet.getSheetname(), i, sheet.isHidden() || sheet.isVeryHidden()));
		}
		this.cells.startWorkbook(new CellValues(this.date1904));
		this.visitor.startWorkbook(sheets, this.date1904);
	}

	private void cellRecord(Record record) {
		if (this.sheetOpen && this.sheetWanted && this.depth == 1) {
			if (record instanceof MergeCellsRecord merges) {
				collectMerged(merges);
			}
			else {
				this.cells.sheetRecord(record);
			}
		}
	}

	/** As for .xlsx, only ranges over several rows matter, and a hostile sheet cannot list more than a form uses. */
	private void collectMerged(MergeCellsRecord merges) {
		for (int i = 0; i < merges.getNumAreas() && this.merged.size() < IntakeLimits.MAX_MERGED_RANGES; i++) {
			CellRangeAddress area = merges.getAreaAt(i);
			MergedRange range = new MergedRange(area.getFirstRow(), area.getLastRow(), area.getFirstColumn(),
					area.getLastColumn());
			if (range.spansRows()) {
				this.merged.add(range);
			}
		}
	}

	private void row(int rowIndex, SortedMap<Integer, FieldValue> rowCells) {
		if (this.sheetWanted && !this.visitor.row(rowIndex, rowCells)) {
			this.sheetWanted = false;
		}
	}

	private void endSheet() {
		this.cells.flush();
		if (this.sheetWanted && !this.merged.isEmpty()) {
			this.visitor.merged(List.copyOf(this.merged));
		}
		this.merged.clear();
		this.sheetOpen = false;
		this.visitor.endSheet();
	}

	private void finish() {
		if (!this.globalsDone) {
			startWorkbook();
		}
		if (this.sheetOpen) {
			endSheet();
		}
	}

}
