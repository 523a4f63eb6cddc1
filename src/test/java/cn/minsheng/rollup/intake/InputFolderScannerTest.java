package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputFolderScannerTest {

	static final Instant NOW = Instant.parse("2023-11-28T18:00:00Z");

	@TempDir
	Path input;

	private List<String> scan(Set<Path> excluded) throws IOException {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		return new InputFolderScanner(this.input, excluded, Duration.ofSeconds(60), clock).scan()
			.stream()
			.map(DroppedFile::relativePath)
			.toList();
	}

	private Path file(String relative, Instant modified) throws IOException {
		Path file = this.input.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, relative);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	@Test
	void findsSettledFilesInSubfoldersOldestFirst() throws IOException {
		file("2023-11/县人社局.xlsx", NOW.minusSeconds(600));
		file("县民政局.xls", NOW.minusSeconds(3600));

		assertThat(scan(Set.of())).containsExactly("县民政局.xls", "2023-11/县人社局.xlsx");
	}

	@Test
	void leavesFilesStillBeingWrittenForALaterRun() throws IOException {
		file("县人社局.xlsx", NOW.minusSeconds(10));
		file("县民政局.xlsx", NOW.minusSeconds(61));

		assertThat(scan(Set.of())).containsExactly("县民政局.xlsx");
	}

	@Test
	void leavesLockHiddenAndTemporaryFilesAlone() throws IOException {
		Instant old = NOW.minusSeconds(3600);
		for (String name : List.of("~$县人社局.xlsx", ".~lock.县人社局.xlsx#", ".hidden.xlsx", "~WRL0001.tmp",
				"下载中.xlsx.crdownload", "复制.xlsx.part", "Thumbs.db", "desktop.ini", ".git/config")) {
			file(name, old);
		}
		file("县人社局.xlsx", old);

		assertThat(scan(Set.of())).containsExactly("县人社局.xlsx");
	}

	@Test
	void skipsTheCatalogAndTheProgramsOwnFolders() throws IOException {
		Instant old = NOW.minusSeconds(3600);
		file("catalog/2023-项目清单.xlsx", old);
		file("output/summary.xlsx", old);
		file("县人社局.xlsx", old);

		assertThat(scan(Set.of(this.input.resolve("catalog"), this.input.resolve("output"))))
			.containsExactly("县人社局.xlsx");
	}

	@Test
	void takesNamesWithSpacesPercentAndDotsAsTheyAre() throws IOException {
		Instant old = NOW.minusSeconds(3600);
		file("a b%20c..xlsx", old);

		assertThat(scan(Set.of())).containsExactly("a b%20c..xlsx");
	}

}
