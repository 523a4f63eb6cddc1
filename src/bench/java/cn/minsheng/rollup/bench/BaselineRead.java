package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The second reference of the benchmark (its floor until the sixth round): POI's XSSF event API reads every sheet of
 * every workbook under a folder (shared strings, styles, each cell formatted by the standard handler) and does nothing
 * with the cells. Run in its own JVM so it starts as cold as the pipeline; prints {@code rows=N files=N} and
 * {@code startup.seconds}.
 */
public final class BaselineRead {

	private BaselineRead() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> files = Floors.workbooks(Path.of(args[0]));
		Floors.printStartup();
		long rows = 0;
		for (Path file : files) {
			rows += read(file);
		}
		System.out.println("rows=" + rows + " files=" + files.size());
	}

	static long read(Path file) throws Exception {
		OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			RowCount count = new RowCount();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, count, new DataFormatter(), false));
					xml.parse(new InputSource(in));
				}
			}
			return count.rows;
		}
		finally {
			pkg.revert();
		}
	}

	/** Counts rows and ignores every cell. */
	private static final class RowCount implements SheetContentsHandler {

		private long rows;

		@Override
		public void startRow(int rowNum) {
			this.rows++;
		}

		@Override
		public void endRow(int rowNum) {
		}

		@Override
		public void cell(String cellReference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
		}

	}

}
