package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small files of every kind a unit's computer or mail may produce instead of a readable form: encrypted, cut short,
 * noise, a PDF, formats we do not read, a zip bomb, an empty file, somebody else's workbook.
 */
final class BrokenFiles {

	private BrokenFiles() {
	}

	static Path bytes(Path file, byte[] content) {
		try {
			return Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path random(Path file, long seed, int length) {
		byte[] content = new byte[length];
		new Random(seed).nextBytes(content);
		return bytes(file, content);
	}

	static Path truncated(Path source, Path file) {
		try {
			byte[] all = Files.readAllBytes(source);
			return bytes(file, Arrays.copyOf(all, all.length / 2));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An .xlsx saved with an open password (Excel's 用密码进行加密): an OLE2 file holding the encrypted package. */
	static Path encryptedXlsx(Path source, Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("123456");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(Files.readAllBytes(source));
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
			return file;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An .xls saved with an open password: RC4 CryptoAPI, FILEPASS in the workbook globals. */
	static Path passwordXls(Path source, Path file) {
		try (InputStream in = Files.newInputStream(source); HSSFWorkbook workbook = new HSSFWorkbook(in)) {
			Biff8EncryptionKey.setCurrentUserPassword("123456");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/** Excel 5.0/95: an OLE2 "Book" stream beginning with a BIFF5 BOF record. */
	static Path excel95(Path file) {
		byte[] bof = { 0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, (byte) 0xCD, 0x07, (byte) 0xC9, 0x07, 0x0A,
				0x00, 0x00, 0x00 };
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(bof), "Book");
			fs.writeFilesystem(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Excel 4.0 as it saved a worksheet: a bare BIFF4 stream, no container. */
	static Path excel4(Path file) {
		return bytes(file, new byte[] { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00,
				0x00, 0x00 });
	}

	static Path xlsb(Path file) {
		return FormFiles.zip(file, ordered("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
				"xl/workbook.bin", "\u0083\u0001\u0000"));
	}

	static Path ods(Path file) {
		return FormFiles.zip(file, ordered("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
				"content.xml", "<office:document-content/>", "META-INF/manifest.xml", "<manifest:manifest/>"));
	}

	/** Strict Open XML: the workbook in the purl.oclc.org namespace Excel's "Strict" save option writes. */
	static Path strictOoxml(Path valid, Path file) {
		return FormFiles.rewrite(valid, file, HostileFiles.WORKBOOK, (xml) -> xml.replace(
				"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
				"http://purl.oclc.org/ooxml/spreadsheetml/main"));
	}

	/** 50 MB of blanks in the list sheet: they compress about a thousandfold, far beyond the 1:100 allowed. */
	static Path zipBomb(Path valid, Path file) {
		return FormFiles.rewrite(valid, file, HostileFiles.LIST_SHEET,
				(xml) -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(50_000_000)));
	}

	static Path notOurForm(Path file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("通讯录");
			sheet.createRow(0).createCell(0).setCellValue("姓名");
			sheet.getRow(0).createCell(1).setCellValue("电话");
			sheet.createRow(1).createCell(0).setCellValue("张三");
			sheet.getRow(1).createCell(1).setCellValue("13800000000");
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> ordered(String... nameAndText) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < nameAndText.length; i += 2) {
			map.put(nameAndText[i], nameAndText[i + 1]);
		}
		return map;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
