package cn.minsheng.rollup.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hands out one file of the {@link DownloadFolders}, under its Chinese name ({@code filename*=UTF-8''…}, which every
 * current browser reads) and as an attachment, never shown inline.
 */
@Controller
class FileController {

	private static final Logger log = LoggerFactory.getLogger(FileController.class);

	private final DownloadFolders folders;

	FileController(DownloadFolders folders) {
		this.folders = folders;
	}

	@GetMapping("/file")
	ResponseEntity<Resource> file(@RequestParam String area, @RequestParam String path, Authentication who) {
		Path file = this.folders.resolve(area, path).orElseThrow(() -> {
			log.warn("download.refused area={} path={} account={}", area, path, who.getName());
			return new ResponseStatusException(HttpStatus.NOT_FOUND);
		});
		log.info("download file={} account={}", file, who.getName());
		String name = file.getFileName().toString();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(typeOf(name))
			.body(new FileSystemResource(file));
	}

	static MediaType typeOf(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		if (lower.endsWith(".xls")) {
			return MediaType.parseMediaType("application/vnd.ms-excel");
		}
		if (lower.endsWith(".docx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		if (lower.endsWith(".txt")) {
			return new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}

}
