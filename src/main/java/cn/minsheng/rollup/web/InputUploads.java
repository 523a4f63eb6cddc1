package cn.minsheng.rollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.workbook.FileFormat;
import cn.minsheng.rollup.workbook.FileFormatSniffer;

/**
 * Puts an uploaded file into the input folder the way the run expects a dropped file: written in full under a hidden
 * temporary name ({@code .upload-….part}, which the input scan leaves alone), checked to be an Excel workbook by its
 * bytes, then renamed into place in one step, so a run never sees half a file. A name already there gets （2）, （3）….
 */
@Component
class InputUploads {

	private static final Logger log = LoggerFactory.getLogger(InputUploads.class);

	private final Path inputDir;

	private final WebSettings settings;

	private final FileFormatSniffer sniffer = new FileFormatSniffer();

	InputUploads(RollupProperties properties, WebSettings settings) {
		this.inputDir = properties.inputDir();
		this.settings = settings;
	}

	/** Stores one upload; the result says where it went or, in Chinese, why it was refused. */
	Result store(String originalName, long size, InputStream content, String account) throws IOException {
		String name = safeName(originalName);
		if (name.isEmpty()) {
			return Result.refused(originalName, "文件名不可用（不能以 . 或 ~ 开头）");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (!(lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm"))) {
			return Result.refused(name, "只能上传月报表 Excel 文件（.xlsx 或 .xls）");
		}
		if (size > this.settings.maxUploadSize().toBytes()) {
			return Result.refused(name, "文件超过上传上限 " + this.settings.maxUploadSize().toMegabytes() + " MB");
		}
		Files.createDirectories(this.inputDir);
		Path temporary = this.inputDir.resolve(".upload-" + UUID.randomUUID() + ".part");
		try {
			Files.copy(content, temporary);
			FileFormat format = this.sniffer.sniff(temporary);
			if (format != FileFormat.XLSX && format != FileFormat.XLS) {
				return Result.refused(name, format.reason());
			}
			Path placed = moveIntoPlace(temporary, name);
			log.info("web.uploaded file={} bytes={} account={}", placed, Files.size(placed), account);
			return new Result(name, placed.getFileName().toString(), null);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private Path moveIntoPlace(Path temporary, String name) throws IOException {
		int dot = name.lastIndexOf('.');
		for (int n = 1;; n++) {
			String candidate = n == 1 ? name : name.substring(0, dot) + "（" + n + "）" + name.substring(dot);
			Path target = this.inputDir.resolve(candidate);
			try {
				// a rename within one folder: the file appears whole or not at all; an existing name is never replaced
				return Files.move(temporary, target);
			}
			catch (FileAlreadyExistsException ex) {
				// taken: try the next number
			}
		}
	}

	/** The last part of the name the browser sent, without control characters; empty when it cannot be used. */
	static String safeName(String original) {
		if (original == null) {
			return "";
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty() || name.startsWith(".") || name.startsWith("~") || name.length() > 200) {
			return "";
		}
		return name;
	}

	/**
	 * One upload's outcome.
	 *
	 * @param storedAs the name in the input folder, {@code null} when refused
	 * @param refusal why it was refused, {@code null} when stored
	 */
	record Result(String name, String storedAs, String refusal) {

		static Result refused(String name, String why) {
			return new Result(name, null, why);
		}

		public boolean stored() {
			return this.refusal == null;
		}

	}

}
