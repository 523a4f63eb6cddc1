package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML inside a form (DTDs, entities Excel never writes) is refused at once with the reason a unit reads for
 * it, nothing expanded, nothing read from outside the file.
 */
class HostileXmlPartsTest {

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	private static final Duration FAST = Duration.ofSeconds(5);

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	@Test
	void refusesASheetWithABillionLaughsWithoutExpandingThem() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"哈\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		Path laughs = sheetRewritten("laughs.xlsx", (xml) -> xml.replaceFirst("\\?>", "?>" + dtd + "]>")
			.replace("<sheetData>", "<sheetData><row r=\"30\"><c r=\"A30\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"));

		long started = System.nanoTime();
		FormReadException rejection = rejection(laughs);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
		assertRefusedAsDeclaration(rejection);
		assertThat(causes(rejection)).allSatisfy(
				(t) -> assertThat(String.valueOf(t.getMessage())).doesNotContain("哈哈"));
	}

	@Test
	void refusesASheetWithAnExternalEntityWithoutReadingIt() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "机密-7f3a");
		Path leaks = sheetRewritten("xxe.xlsx", (xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet ["
				+ "<!ENTITY passwd SYSTEM \"file:///etc/passwd\"><!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
			.replace("<sheetData>", "<sheetData><row r=\"30\"><c r=\"A30\" t=\"inlineStr\"><is><t>&passwd;&secret;"
					+ "</t></is></c></row>"));

		long started = System.nanoTime();
		FormReadException rejection = rejection(leaks);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
		assertRefusedAsDeclaration(rejection);
		assertThat(causes(rejection)).allSatisfy((t) -> assertThat(String.valueOf(t.getMessage()))
			.doesNotContain("root:").doesNotContain("机密"));
	}

	@Test
	void refusesADoctypeTheParserStumblesOnAsADoctype() {
		Path tight = sheetRewritten("tight.xlsx", (xml) -> xml.replaceFirst("\\?>", "?>\n<!DOCTYPE foo[\n"
				+ "<!ENTITY a0 \"\">\n<!ENTITY a1 \"&a0;&a0;\">\n]>\n"));

		assertRefusedAsDeclaration(rejection(tight));
	}

	@Test
	void refusesAnEntityReferenceWithoutAnyDtd() {
		Path undeclared = sheetRewritten("entity.xlsx", (xml) -> xml.replace("<sheetData>",
				"<sheetData><row r=\"30\"><c r=\"A30\" t=\"inlineStr\"><is><t>&lol;</t></is></c></row>"));

		assertRefusedAsDeclaration(rejection(undeclared));
	}

	@Test
	void refusesAnEntityReferenceInAnAttribute() {
		Path inAttribute = sheetRewritten("attribute.xlsx", (xml) -> xml.replace("<sheetData>",
				"<sheetData><row r=\"&lol;\"/>"));

		assertRefusedAsDeclaration(rejection(inAttribute));
	}

	@Test
	void refusesAWorkbookPartWithADoctype() {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");
		Path declared = CraftedFiles.rewriteEntry(whole, this.dir.resolve("workbook.xlsx"), "xl/workbook.xml",
				(xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY x \"y\">]>"));

		assertRefusedAsDeclaration(rejection(declared));
	}

	private Path sheetRewritten(String name, UnaryOperator<String> change) {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole-" + name);
		return CraftedFiles.rewriteEntry(whole, this.dir.resolve(name), SHEET, change);
	}

	private FormReadException rejection(Path file) {
		return catchThrowableOfType(FormReadException.class, () -> this.reader.read(file, (row) -> {
		}));
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
			causes.add(t);
		}
		return causes;
	}

	private static void assertRefusedAsDeclaration(FormReadException rejection) {
		assertThat(rejection).isNotNull();
		assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
		assertThat(rejection.getMessage()).startsWith("文件中含有 Excel 和 WPS 不会写入的 XML 声明（DOCTYPE 或实体）");
	}

}
