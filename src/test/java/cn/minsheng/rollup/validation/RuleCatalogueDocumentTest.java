package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/validation-rules.md} in step with {@link Rule}: fails when the committed file differs, and
 * rewrites it when run with {@code -Dupdate.docs=true}.
 */
class RuleCatalogueDocumentTest {

	private static final Path DOCUMENT = Path.of("docs", "validation-rules.md");

	@Test
	void committedRuleCatalogueMatchesTheRules() throws IOException {
		String expected = RuleCatalogueDocument.markdown();
		if (Boolean.getBoolean("update.docs")) {
			Files.createDirectories(DOCUMENT.getParent());
			Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
		assertThat(committed).as("""
				%s is out of date; run mvn test -Dtest=RuleCatalogueDocumentTest -Dupdate.docs=true, or write:
				%s""", DOCUMENT, expected).isEqualTo(expected);
	}

}
