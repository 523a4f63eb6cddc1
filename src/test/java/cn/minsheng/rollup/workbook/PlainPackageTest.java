package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain package — as Excel, WPS, LibreOffice and POI write them — is read without POI's package model and gives the
 * reader the very parts POI gives; anything unusual is left to POI, so that it is read or refused as before. (Reader
 * output with and without this shortcut was compared over the corpus and the samples: identical.)
 */
class PlainPackageTest {

	@TempDir
	Path dir;

	@Test
	void aFormGivesTheSamePartsAsPoi() throws IOException, OpenXML4JException {
		Path form = SampleForms.templateForm().writeXlsx(this.dir, "form.xlsx");

		try (ZipSecureFile plainZip = new ZipSecureFile(form.toFile());
				ZipSecureFile poiZip = new ZipSecureFile(form.toFile());
				PackageParts plain = PlainPackage.open(plainZip).orElseThrow();
				PackageParts poi = PoiPackage.open(poiZip)) {
			assertThat(bytes(plain.workbook())).isEqualTo(bytes(poi.workbook())).isNotEmpty();
			for (String sheet : new String[] { "rId3", "rId4", "rId5" }) {
				assertThat(bytes(plain.sheet(sheet))).as(sheet).isEqualTo(bytes(poi.sheet(sheet))).isNotEmpty();
			}
			for (XSSFRelation part : new XSSFRelation[] { XSSFRelation.SHARED_STRINGS, XSSFRelation.STYLES }) {
				assertThat(bytes(plain.firstOfType(part.getContentType())))
					.isEqualTo(bytes(poi.firstOfType(part.getContentType())))
					.isNotEmpty();
			}
			assertThat(plain.firstOfType("application/vnd.ms-excel.threadedcomments+xml")).isNull();
		}
	}

	@Test
	void aSheetThatIsNotThereIsRefusedInPoisWords() throws IOException {
		Path form = SampleForms.templateForm().writeXlsx(this.dir, "form.xlsx");

		try (ZipSecureFile zip = new ZipSecureFile(form.toFile());
				PackageParts plain = PlainPackage.open(zip).orElseThrow()) {
			assertThatThrownBy(() -> plain.sheet("rId99")).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("No Sheet found with r:id rId99");
		}
	}

	@Test
	void aPartWithoutContentTypeIsLeftToPoi() throws IOException {
		assertNotPlain("[Content_Types].xml", (xml) -> xml.replaceFirst("<Default [^>]*Extension=\"rels\"[^>]*/>", ""));
	}

	@Test
	void anExternalOrEncodedTargetIsLeftToPoi() throws IOException {
		String relationships = "xl/_rels/workbook.xml.rels";
		assertNotPlain(relationships, (xml) -> xml.replaceFirst("Target=\"", "TargetMode=\"External\" Target=\""));
		assertNotPlain(relationships, (xml) -> xml.replace("worksheets/sheet1.xml", "worksheets/sheet%31.xml"));
	}

	@Test
	void declarationsInThePackagePartsAreLeftToPoi() throws IOException {
		assertNotPlain("[Content_Types].xml", (xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>"));
		assertNotPlain("_rels/.rels", (xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE Relationships>"));
	}

	private void assertNotPlain(String entry, UnaryOperator<String> change) throws IOException {
		Path form = SampleForms.templateForm().writeXlsx(this.dir, "form.xlsx");
		Path unusual = CraftedFiles.rewriteEntry(form, this.dir.resolve("unusual.xlsx"), entry, change);
		try (ZipSecureFile zip = new ZipSecureFile(unusual.toFile())) {
			assertThat(PlainPackage.open(zip)).as(entry).isEmpty();
		}
		try (ZipSecureFile zip = new ZipSecureFile(form.toFile())) {
			assertThat(PlainPackage.open(zip)).as("the form before the change").isPresent();
		}
	}

	private static byte[] bytes(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

}
