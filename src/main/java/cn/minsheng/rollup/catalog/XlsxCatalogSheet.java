package cn.minsheng.rollup.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of one worksheet's XML as the catalog loader wants them: row by row from the first, the text of each cell
 * as {@code DataFormatter.formatCellValue} gives it in the user model, a missing cell or row as empty.
 */
final class XlsxCatalogSheet {

	private final List<String> strings;

	private final NumberFormats formats;

	private final boolean date1904;

	private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

	XlsxCatalogSheet(List<String> strings, NumberFormats formats, boolean date1904) {
		this.strings = strings;
		this.formats = formats;
		this.date1904 = date1904;
	}

	List<List<String>> rows(InputStream sheetXml) throws XMLStreamException {
		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader xml = XlsxCatalogReader.open(sheetXml);
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
				int index = rowIndex(xml.getAttributeValue(null, "r"), rows.size());
				while (rows.size() < index) {
					rows.add(List.of());
				}
				rows.add(row(xml));
			}
		}
		return rows;
	}

	private static int rowIndex(String address, int next) {
		if (address == null) {
			throw new NeedsUserModel("row without its number");
		}
		int index = Integer.parseInt(address) - 1;
		if (index < next) {
			throw new NeedsUserModel("rows out of order");
		}
		return index;
	}

	/** The cells of the row the reader stands on, up to its end element. */
	private List<String> row(XMLStreamReader xml) throws XMLStreamException {
		List<String> values = new ArrayList<>();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
				return values;
			}
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
				int column = columnIndex(xml.getAttributeValue(null, "r"), values.size());
				while (values.size() < column) {
					values.add("");
				}
				values.add(cell(xml).strip());
			}
		}
		throw new NeedsUserModel("unterminated row");
	}

	private static int columnIndex(String address, int next) {
		if (address == null) {
			throw new NeedsUserModel("cell without its address");
		}
		int index = new CellReference(address).getCol();
		if (index < next) {
			throw new NeedsUserModel("cells out of order");
		}
		return index;
	}

	/** The text of the cell element the reader stands on, reading up to its end element. */
	private String cell(XMLStreamReader xml) throws XMLStreamException {
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String value = null;
		String inline = null;
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = xml.getElementText();
					case "is" -> inline = XlsxCatalogReader.richText(xml);
					// a formula shows as its text in the user model, a shared one rebuilt from its master
					default -> throw new NeedsUserModel("cell with <" + xml.getLocalName() + ">");
				}
			}
		}
		return text(type == null ? "n" : type, style == null ? 0 : Integer.parseInt(style), value, inline);
	}

	private String text(String type, int style, String value, String inline) {
		return switch (type) {
			case "s" -> value == null ? "" : this.strings.get(Integer.parseInt(value.strip()));
			case "inlineStr" -> inline != null ? inline : value == null ? "" : XlsxCatalogReader.decodeEscapes(value);
			case "b" -> value == null ? "" : ("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip())
					? "TRUE" : "FALSE");
			case "n" -> value == null ? "" : number(value.isEmpty() ? 0 : Double.parseDouble(value), style);
			default -> throw new NeedsUserModel("cell type " + type);
		};
	}

	private String number(double value, int style) {
		NumberFormat format = this.formats.of(style);
		return this.formatter.formatRawCellContents(value, format.id(), format.code(), this.date1904);
	}

	/** The number format of each cell style of the workbook. */
	@FunctionalInterface
	interface NumberFormats {

		NumberFormat of(int style);

	}

	/** A number format: its id and its code ({@code 0.00}, {@code yyyy-mm-dd}…). */
	record NumberFormat(int id, String code) {

		NumberFormat {
			if (code == null) {
				throw new NeedsUserModel("number format " + id + " unknown");
			}
		}

	}

	/** The sheet uses something only the user model renders as before; the caller falls back to it. */
	static final class NeedsUserModel extends RuntimeException {

		NeedsUserModel(String what) {
			super(what, null, false, false);
		}

	}

}
