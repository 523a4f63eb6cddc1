package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.apache.poi.ooxml.POIXMLProperties;

import cn.minsheng.rollup.report.OfficeProperties;

/**
 * Writes drafts without losing the office's work: a draft whose text would not change is left alone, and a draft
 * that someone has edited and saved since we wrote it is moved to the {@code 旧稿} folder beside it before the new
 * one takes its place.
 */
final class DraftFiles {

	static final String OLD_DRAFTS = "旧稿";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

	/**
	 * @return whether the file was written
	 * @throws UncheckedIOException when it cannot be written, with the reason in Chinese
	 */
	boolean writeIfChanged(OfficialDocument document, Path file, LocalDateTime now) {
		String key = OfficialDocumentWriter.contentKey(document);
		if (OfficialDocumentWriter.contentKeyOf(file).filter(key::equals).isPresent()) {
			return false;
		}
		try {
			if (edited(file)) {
				retire(file, now);
			}
			this.writer.write(document, key, now, file);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + file + "（文件可能正被其他程序打开）", ex);
		}
	}

	/** Moves a draft, if it exists, to {@code 旧稿/name-20231201-083000.docx}. */
	void retire(Path file, LocalDateTime now) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stamped = (dot > 0 ? name.substring(0, dot) : name) + "-" + STAMP.format(now)
				+ (dot > 0 ? name.substring(dot) : "");
		try {
			Path folder = Files.createDirectories(file.resolveSibling(OLD_DRAFTS));
			Files.move(file, folder.resolve(stamped));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法将旧稿 " + file + " 移入「" + OLD_DRAFTS + "」文件夹（文件可能正被其他程序打开）", ex);
		}
	}

	/**
	 * Word, WPS and LibreOffice update the modification time (and the last author) in the document properties on
	 * saving; we write both times equal and no last author. A file unreadable as a draft of ours counts as edited: it
	 * is kept rather than overwritten.
	 */
	static boolean edited(Path file) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		return OfficeProperties.read(file, (properties) -> {
			POIXMLProperties.CoreProperties core = properties.getCoreProperties();
			return core.getLastModifiedByUser() != null || !Objects.equals(core.getCreated(), core.getModified());
		}).orElse(true);
	}

}
