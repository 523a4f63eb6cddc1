package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Streams an .xlsx/.xlsm file sheet by sheet with POI's event API: memory holds the shared strings and styles, never
 * a sheet. The package is opened read-only and never written back.
 */
final class XlsxStreamReader {

	private final ReadDeadline deadline;

	XlsxStreamReader(ReadDeadline deadline) {
		this.deadline = deadline;
	}

	/**
	 * Reads the package in {@code zip}, which the sniffer opened (with intake's zip limits); closes it. A plain package
	 * is read without POI's package model, any other with it.
	 */
	void read(ZipSecureFile zip, SheetRowVisitor visitor) throws IOException, OpenXML4JException, SAXException {
		Optional<PlainPackage> plain = PlainPackage.open(zip);
		try (PackageParts parts = plain.isPresent() ? plain.get() : PoiPackage.open(zip)) {
			this.deadline.check();
			read(parts, visitor);
		}
	}

	private void read(PackageParts pkg, SheetRowVisitor visitor) throws IOException, OpenXML4JException, SAXException {
		XlsxWorkbookListing listing = XlsxWorkbookListing.parse(this.deadline.guard(pkg.workbook()));
		visitor.startWorkbook(listing.sheets(), listing.date1904());
		CellValues values = new CellValues(listing.date1904());
		SheetParts parts = new SheetParts(pkg, this.deadline, values);
		List<SheetInfo> sheets = listing.sheets();
		for (int i = 0; i < sheets.size(); i++) {
			SheetInfo sheet = sheets.get(i);
			String relationId = listing.relationIds().get(i);
			if (visitor.startSheet(sheet.name(), sheet.index(), sheet.hidden()) && relationId != null) {
				try (InputStream in = this.deadline.guard(pkg.sheet(relationId))) {
					XlsxCellFormats formats = parts.formats(); // styles before strings: which limit a file hits first
					parseSheet(in, new XlsxSheetHandler(parts.strings(), formats, values, visitor));
				}
			}
			visitor.endSheet();
		}
	}

	private static void parseSheet(InputStream in, XlsxSheetHandler handler) throws IOException, SAXException {
		try {
			XmlParts.parse(in, handler);
		}
		catch (XlsxSheetHandler.StopSheet ex) {
			// the visitor has what it needs from this sheet
		}
	}

	/**
	 * Shared strings and styles, loaded on first use (a workbook whose sheets are all skipped never loads them) and
	 * bounded in size since they are held in memory.
	 */
	private static final class SheetParts {

		private final PackageParts pkg;

		private final ReadDeadline deadline;

		private final CellValues values;

		private SharedStringTable strings;

		private XlsxCellFormats formats;

		SheetParts(PackageParts pkg, ReadDeadline deadline, CellValues values) {
			this.pkg = pkg;
			this.deadline = deadline;
			this.values = values;
		}

		SharedStringTable strings() throws IOException, SAXException {
			if (this.strings == null) {
				InputStream part = this.pkg.firstOfType(XSSFRelation.SHARED_STRINGS.getContentType());
				this.strings = part == null ? SharedStringTable.empty() : SharedStringTable.parse(limited(part));
			}
			return this.strings;
		}

		XlsxCellFormats formats() throws IOException, SAXException {
			if (this.formats == null) {
				InputStream part = this.pkg.firstOfType(XSSFRelation.STYLES.getContentType());
				this.formats = new XlsxCellFormats(part == null ? null : XlsxStyles.parse(limited(part)), this.values);
			}
			return this.formats;
		}

		private InputStream limited(InputStream part) {
			return this.deadline.guard(new LimitedInputStream(part, IntakeLimits.MAX_IN_MEMORY_PART_BYTES));
		}

	}

}
