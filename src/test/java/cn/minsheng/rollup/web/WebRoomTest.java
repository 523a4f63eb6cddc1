package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's room in the house (STYLE.md): it uses the rooms below it (catalog … ledger, system) and none above it
 * (job, cli), touches no workbook library, and only the commands use it.
 */
class WebRoomTest {

	private static final Path MAIN = Path.of("src/main/java/cn/minsheng/rollup");

	@Test
	void thePageImportsNoRoomAboveItAndNoWorkbookLibrary() throws IOException {
		for (Path file : sources(MAIN.resolve("web"))) {
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
				.doesNotContain("import cn.minsheng.rollup.job.", "import cn.minsheng.rollup.cli.",
						"import cn.minsheng.rollup.bench.", "import org.apache.poi.");
		}
	}

	@Test
	void onlyTheCommandsUseThePage() throws IOException {
		for (Path file : sources(MAIN)) {
			if (!file.startsWith(MAIN.resolve("web")) && !file.startsWith(MAIN.resolve("cli"))) {
				assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
					.doesNotContain("import cn.minsheng.rollup.web.");
			}
		}
	}

	private static List<Path> sources(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((p) -> p.toString().endsWith(".java")).toList();
		}
	}

}
