package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README sends administrators to {@code application.yml} for the meaning of every setting: each key that has a
 * value there carries a comment right above it, and the keys the code reads are all there.
 */
class ConfigurationDocumentedTest {

	private static final Path YML = Path.of("src/main/resources/application.yml");

	private static final Pattern LEAF = Pattern.compile("^(\\s*)([a-z][a-z0-9.-]*):\\s*(\\S.*)$");

	@Test
	void everyKeyWithAValueHasACommentAboveIt() throws IOException {
		List<String> lines = Files.readAllLines(YML, StandardCharsets.UTF_8);
		List<String> undocumented = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher leaf = LEAF.matcher(lines.get(i));
			if (leaf.matches() && !lines.get(i).strip().startsWith("#")
					&& (i == 0 || !lines.get(i - 1).strip().startsWith("#"))) {
				undocumented.add(lines.get(i).strip());
			}
		}
		assertThat(undocumented).isEmpty();
	}

	@Test
	void everyKeyTheCodeReadsIsListed() throws IOException {
		String yml = Files.readString(YML, StandardCharsets.UTF_8);

		assertThat(yml).contains("input-dir:", "output-dir:", "data-dir:", "catalog-file:", "county:", "year:",
				"quiet-period:", "due-day:", "zone:", "max-attempts:", "protection-password:", "cron:",
				"progress-interval:", "yellow-points:", "red-points:", "ahead-points:", "folder:", "file-name:",
				"title:", "max-file-size:", "max-history:", "port:", "address:", "session-timeout:", "max-upload-size:",
				"login-attempts:", "login-lockout:", "web-application-type: none");
	}

}
