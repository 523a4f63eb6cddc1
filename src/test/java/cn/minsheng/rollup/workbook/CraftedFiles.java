package cn.minsheng.rollup.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files that are not plain workbooks, made byte by byte in the tests: containers of other formats, damaged and
 * hostile files.
 */
final class CraftedFiles {

	private CraftedFiles() {
	}

	static Path bytes(Path file, byte[] content) {
		try {
			return Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path text(Path file, String content) {
		return bytes(file, content.getBytes(StandardCharsets.UTF_8));
	}

	static Path zip(Path file, Map<String, String> entries) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A tiny .xlsx saved with an open password, as Excel's 用密码进行加密 does (an OLE2 EncryptedPackage). */
	static Path encryptedXlsx(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Path plain = Files.createTempFile("plain", ".xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
				workbook.createSheet("月报表").createRow(0).createCell(0).setCellValue("机密");
				workbook.write(out);
			}
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(fs)) {
				pkg.save(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
			Files.delete(plain);
			return file;
		}
		catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The template form saved as .xls with a password: FILEPASS in the workbook globals. */
	static Path passwordXls(Path file, String password) {
		Biff8EncryptionKey.setCurrentUserPassword(password);
		try {
			return SampleForms.templateForm().writeXls(file.getParent(), file.getFileName().toString());
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/** An Excel 5.0/95 file: a "Book" stream starting with a BIFF5 BOF record. */
	static Path biff5(Path file) {
		byte[] bof = { 0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, (byte) 0xCD, 0x07, (byte) 0xC9, 0x07, 0x0A,
				0x00, 0x00, 0x00 };
		return ole2(file, "Book", bof);
	}

	/** An OLE2 container holding one stream. */
	static Path ole2(Path file, String stream, byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(content), stream);
			fs.writeFilesystem(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first half of a file, as left by an interrupted copy. */
	static Path truncated(Path source, Path file) {
		try {
			byte[] all = Files.readAllBytes(source);
			return Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of an .xlsx with one zip entry rewritten. */
	static Path rewriteEntry(Path source, Path file, String entryName, UnaryOperator<String> change) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(source.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String original = new String(entries.get(entryName), StandardCharsets.UTF_8);
		entries.put(entryName, change.apply(original).getBytes(StandardCharsets.UTF_8));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
