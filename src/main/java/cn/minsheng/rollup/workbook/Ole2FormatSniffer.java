package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells the formats kept in an OLE2 (compound document) container apart by the streams in its root directory and,
 * for workbooks, by the first BIFF record of the workbook stream.
 */
final class Ole2FormatSniffer {

	private static final Set<String> WORKBOOK_STREAMS = Set.of("workbook", "book");

	private static final int BOF_SID = 0x0809;

	private static final int BIFF8_VERSION = 0x0600;

	private static final int BIFF5_VERSION = 0x0500;

	/** BIFF2, BIFF3 and BIFF4 BOF record ids (0x0009, 0x0209, 0x0409) share their low byte. */
	private static final int OLD_BOF_LOW_BYTE = 0x09;

	private Ole2FormatSniffer() {
	}

	static FileFormat sniff(Path file, boolean etName) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return sniff(fs.getRoot(), etName);
		}
		catch (IOException | RuntimeException ex) {
			return FileFormat.CORRUPT;
		}
	}

	private static FileFormat sniff(DirectoryNode root, boolean etName) throws IOException {
		if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
			return FileFormat.ENCRYPTED;
		}
		Optional<String> workbook = workbookStream(root);
		if (workbook.isPresent()) {
			return sniffWorkbookStream(root, workbook.get());
		}
		if (root.hasEntry("WordDocument")) {
			return FileFormat.DOC;
		}
		if (root.hasEntry("PowerPoint Document")) {
			return FileFormat.PPT;
		}
		return etName ? FileFormat.ET : FileFormat.UNKNOWN;
	}

	/** Excel 97+ names the stream Workbook, Excel 5/95 Book; some writers use other capitalisations. */
	private static Optional<String> workbookStream(DirectoryNode root) {
		String found = null;
		for (Entry entry : root) {
			String name = entry.getName().toLowerCase(Locale.ROOT);
			if (entry.isDocumentEntry() && WORKBOOK_STREAMS.contains(name)) {
				// prefer Workbook over Book when a file carries both (Excel 95 files resaved by newer tools)
				if (found == null || name.equals("workbook")) {
					found = entry.getName();
				}
			}
		}
		return Optional.ofNullable(found);
	}

	private static FileFormat sniffWorkbookStream(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			byte[] bof = in.readNBytes(6);
			if (bof.length < 6) {
				return FileFormat.CORRUPT;
			}
			int sid = Biff.unsignedShort(bof, 0);
			if (sid != BOF_SID) {
				return (sid & 0xff) == OLD_BOF_LOW_BYTE ? FileFormat.EXCEL_2_TO_4 : FileFormat.CORRUPT;
			}
			int version = Biff.unsignedShort(bof, 4);
			if (version == BIFF8_VERSION) {
				in.skipNBytes(Biff.unsignedShort(bof, 2) - 2L);
				return Biff.encryptedBeyondDefaultPassword(in) ? FileFormat.ENCRYPTED : FileFormat.XLS;
			}
			return version < BIFF5_VERSION ? FileFormat.EXCEL_2_TO_4 : FileFormat.EXCEL_95;
		}
	}

}
