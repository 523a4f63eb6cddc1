package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Tells the formats kept in a zip container apart by their entries. Opens the zip the way POI will (with
 * {@link ZipSecureFile} and its limits), so a zip this class cannot open is one POI could not read either.
 */
final class ZipFormatSniffer {

	private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";

	/** The root element and its namespaces come first; a few kilobytes always hold them. */
	private static final int HEAD_BYTES = 4096;

	private ZipFormatSniffer() {
	}

	/** Sniffs a zip container; an .xlsx comes back with its zip still open, for the reader. */
	static SniffedFile open(Path file) {
		IntakeLimits.applyZipLimits();
		ZipSecureFile zip = null;
		try {
			zip = new ZipSecureFile(file.toFile());
			FileFormat format = sniff(zip);
			if (format == FileFormat.XLSX) {
				return new SniffedFile(format, zip);
			}
			zip.close();
			return SniffedFile.of(format);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(zip);
			return SniffedFile.of(FileFormat.CORRUPT);
		}
	}

	private static void closeQuietly(ZipSecureFile zip) {
		if (zip != null) {
			try {
				zip.close();
			}
			catch (IOException ex) {
				// nothing was read from it
			}
		}
	}

	private static FileFormat sniff(ZipSecureFile zip) throws IOException {
		List<String> names = new ArrayList<>();
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			names.add(entry.getName().toLowerCase(Locale.ROOT));
		}
		if (names.isEmpty()) {
			return FileFormat.CORRUPT;
		}
		if (names.contains("xl/workbook.bin")) {
			return FileFormat.XLSB;
		}
		if (names.contains("mimetype")) {
			String mimetype = head(zip, entryNamed(zip, "mimetype").orElseThrow()).strip();
			return mimetype.equals(ODS_MIMETYPE) ? FileFormat.ODS : FileFormat.UNKNOWN;
		}
		if (names.stream().anyMatch((n) -> n.startsWith("word/"))) {
			return FileFormat.DOCX;
		}
		Optional<ZipArchiveEntry> workbook = workbookEntry(zip, names);
		if (workbook.isPresent()) {
			return head(zip, workbook.get()).contains(STRICT_NAMESPACE) ? FileFormat.STRICT_OOXML : FileFormat.XLSX;
		}
		if (names.stream().anyMatch((n) -> n.startsWith("ppt/"))) {
			return FileFormat.PPT;
		}
		if (names.contains("[content_types].xml") && names.stream().anyMatch((n) -> n.startsWith("xl/"))) {
			// an Excel package that lost its workbook part: a damaged workbook, not an archive to unpack
			return FileFormat.CORRUPT;
		}
		return FileFormat.ARCHIVE;
	}

	private static Optional<ZipArchiveEntry> workbookEntry(ZipSecureFile zip, List<String> names) {
		if (names.contains("xl/workbook.xml")) {
			return entryNamed(zip, "xl/workbook.xml");
		}
		if (names.contains("[content_types].xml")) {
			// a workbook part at an unusual path; POI finds it through the relationships
			return names.stream().filter((n) -> n.endsWith("/workbook.xml")).findFirst()
				.flatMap((n) -> entryNamed(zip, n));
		}
		return Optional.empty();
	}

	/** Entry names are compared ignoring case: some writers capitalise them and POI accepts that. */
	private static Optional<ZipArchiveEntry> entryNamed(ZipSecureFile zip, String lowerCaseName) {
		return Collections.list(zip.getEntries()).stream()
			.filter((e) -> e.getName().toLowerCase(Locale.ROOT).equals(lowerCaseName))
			.findFirst();
	}

	private static String head(ZipSecureFile zip, ZipArchiveEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
		}
	}

}
