package cn.minsheng.rollup.sample;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Counts the rows of one sheet of a large {@code .xlsx} by streaming its XML, without building the workbook in memory.
 */
final class RowCounter {

	private RowCounter() {
	}

	static long rows(Path file, String sheetName) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (sheets.getSheetName().equals(sheetName)) {
						return count(in);
					}
				}
			}
			throw new IllegalArgumentException("no sheet " + sheetName);
		}
	}

	private static long count(InputStream in) throws Exception {
		XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(in);
		long rows = 0;
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
				rows++;
			}
		}
		return rows;
	}

}
