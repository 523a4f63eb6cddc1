package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/** A package opened with POI ({@code OPCPackage}, {@code XSSFReader}): every file that is not a plain package. */
final class PoiPackage implements PackageParts {

	private final OPCPackage pkg;

	private XSSFReader reader;

	private PoiPackage(OPCPackage pkg) {
		this.pkg = pkg;
	}

	/** Opens the package in {@code zip} read-only, without the parts no cell comes from. */
	static PoiPackage open(ZipSecureFile zip) throws OpenXML4JException {
		return new PoiPackage(OPCPackage.open(new CellPartsOnly(zip)));
	}

	@Override
	public InputStream workbook() throws IOException, OpenXML4JException {
		return reader().getWorkbookData();
	}

	@Override
	public InputStream sheet(String relationId) throws IOException, OpenXML4JException {
		return reader().getSheet(relationId);
	}

	@Override
	public InputStream firstOfType(String contentType) throws IOException {
		PackagePart part;
		try {
			List<PackagePart> parts = this.pkg.getPartsByContentType(contentType);
			part = parts.isEmpty() ? null : parts.get(0);
		}
		catch (RuntimeException ex) {
			part = null;
		}
		return part == null ? null : part.getInputStream();
	}

	private XSSFReader reader() throws IOException, OpenXML4JException {
		if (this.reader == null) {
			this.reader = new XSSFReader(this.pkg);
		}
		return this.reader;
	}

	@Override
	public void close() {
		// revert, not close: close() on a read-only package only logs that it cannot save; revert closes the zip
		this.pkg.revert();
	}

}
