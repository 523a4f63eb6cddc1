package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Tells what a dropped file really is from its first bytes and its container structure; the name is used only to
 * recognise WPS's own {@code .et} format, which has no signature of its own.
 */
public class FileFormatSniffer {

	private static final int HEAD_BYTES = 8 * 1024;

	/** Record id of the BIFF5/BIFF8 BOF record, also seen at the start of bare (non-OLE2) BIFF streams. */
	private static final int BIFF58_BOF = 0x0809;

	/** BOF record ids of BIFF2, BIFF3 and BIFF4 (Excel 2.x to 4.0). */
	private static final Set<Integer> OLD_BIFF_BOFS = Set.of(0x0009, 0x0209, 0x0409);

	private static final int BIFF5_VERSION = 0x0500;

	private static final int BIFF8_VERSION = 0x0600;

	/**
	 * Sniffs a file.
	 * @param file the file as dropped
	 * @return its format; never {@code null}
	 * @throws IOException when the file cannot be read at all (missing, no permission)
	 */
	public FileFormat sniff(Path file) throws IOException {
		try (SniffedFile sniffed = open(file)) {
			return sniffed.format();
		}
	}

	/**
	 * Sniffs a file and keeps an .xlsx package open for reading it; the caller closes what it gets.
	 * @throws IOException when the file cannot be read at all (missing, no permission)
	 */
	SniffedFile open(Path file) throws IOException {
		if (Files.size(file) == 0) {
			return SniffedFile.of(FileFormat.EMPTY);
		}
		byte[] head = readHead(file);
		FileMagic magic = FileMagic.valueOf(Arrays.copyOf(head, Math.max(head.length, 64)));
		return switch (magic) {
			case OLE2 -> SniffedFile.of(Ole2FormatSniffer.sniff(file, isEtName(file)));
			case OOXML -> ZipFormatSniffer.open(file);
			case PDF -> SniffedFile.of(FileFormat.PDF);
			case PNG, JPEG, GIF, TIFF -> SniffedFile.of(FileFormat.IMAGE);
			case BIFF2, BIFF3, BIFF4 -> SniffedFile.of(FileFormat.EXCEL_2_TO_4);
			case WORD2 -> SniffedFile.of(FileFormat.DOC);
			default -> SniffedFile.of(sniffWithoutPoiMagic(head));
		};
	}

	private static FileFormat sniffWithoutPoiMagic(byte[] head) {
		if (startsWith(head, 'P', 'K', 5, 6)) {
			// an empty zip (end-of-central-directory only): nothing to open
			return FileFormat.CORRUPT;
		}
		if (startsWith(head, 'P', 'K', 7, 8) || startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, 0x1f, 0x8b)
				|| startsWith(head, '7', 'z', 0xbc, 0xaf)) {
			return FileFormat.ARCHIVE;
		}
		if (head.length >= 6 && Biff.unsignedShort(head, 0) == BIFF58_BOF) {
			return bareBiffFormat(Biff.unsignedShort(head, 4));
		}
		if (head.length >= 4 && OLD_BIFF_BOFS.contains(Biff.unsignedShort(head, 0))) {
			return FileFormat.EXCEL_2_TO_4;
		}
		return CsvText.looksLikeCsv(head) ? FileFormat.CSV : FileFormat.UNKNOWN;
	}

	/** A BIFF stream outside an OLE2 container: Excel 4.0 wrote them; POI reads none but the oldest as text. */
	private static FileFormat bareBiffFormat(int version) {
		if (version == BIFF5_VERSION) {
			return FileFormat.EXCEL_95;
		}
		if (version == BIFF8_VERSION) {
			// a bare BIFF8 stream has no container Excel 97+ would write: damaged or extracted by some tool
			return FileFormat.CORRUPT;
		}
		return FileFormat.EXCEL_2_TO_4;
	}

	private static boolean isEtName(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".et");
	}

	private static byte[] readHead(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
	}

	private static boolean startsWith(byte[] head, int... expected) {
		if (head.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[i] & 0xff) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
