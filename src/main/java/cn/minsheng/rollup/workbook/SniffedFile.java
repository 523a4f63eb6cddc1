package cn.minsheng.rollup.workbook;

import java.io.Closeable;
import java.io.IOException;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What a dropped file is, and for an .xlsx the zip the sniffer already opened, so the reader opens each package once.
 *
 * @param format the file's real format
 * @param zip the open package when {@code format} is {@link FileFormat#XLSX}; {@code null} otherwise
 */
record SniffedFile(FileFormat format, ZipSecureFile zip) implements Closeable {

	static SniffedFile of(FileFormat format) {
		return new SniffedFile(format, null);
	}

	@Override
	public void close() throws IOException {
		if (this.zip != null) {
			this.zip.close();
		}
	}

}
