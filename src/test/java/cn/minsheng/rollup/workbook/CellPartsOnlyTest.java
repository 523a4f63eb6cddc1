package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form's package is opened without the parts no cell comes from: what is left is all the reader needs, and a part
 * nobody reads no longer decides whether a form is read.
 */
class CellPartsOnlyTest {

	@TempDir
	Path dir;

	@Test
	void keepsThePartsTheCellsComeFrom() {
		assertThat(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
				"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "/xl/worksheets/sheet2.xml",
				"XL/_RELS/WORKBOOK.XML.RELS", "wb/_rels/book.xml.rels", "xl/theme/theme1.xml"))
			.allMatch(CellPartsOnly::needed);
	}

	@Test
	void leavesOutPropertiesCustomXmlAndTheRelationshipsOfSheetsDrawingsAndCharts() {
		assertThat(List.of("docProps/core.xml", "docProps/app.xml", "DOCPROPS/custom.xml", "customXml/item1.xml",
				"customXml/_rels/item1.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels",
				"/xl/worksheets/_rels/sheet2.xml.rels", "xl/drawings/_rels/drawing1.xml.rels",
				"xl/charts/_rels/chart1.xml.rels", "xl/pivotTables/_rels/pivotTable1.xml.rels",
				"xl\\worksheets\\_rels\\sheet1.xml.rels"))
			.noneMatch(CellPartsOnly::needed);
	}

	@Test
	void aFormWhosePropertiesAreMalformedIsReadAsIfTheyWereWhole() throws FormReadException {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");
		// a date POI cannot parse made it refuse the whole package at open
		Path broken = CraftedFiles.rewriteEntry(whole, this.dir.resolve("broken.xlsx"), "docProps/core.xml",
				(xml) -> xml.replaceFirst("(<dcterms:created[^>]*>)[^<]*<", "$12023年10月<"));
		UnitFormReader reader = new UnitFormReader();
		List<DistributionRow> wholeRows = new ArrayList<>();
		List<DistributionRow> brokenRows = new ArrayList<>();

		ParsedForm read = reader.read(broken, brokenRows::add);

		assertThat(read).isEqualTo(reader.read(whole, wholeRows::add));
		assertThat(read.rows()).isNotEmpty();
		assertThat(brokenRows).isEqualTo(wholeRows).isNotEmpty();
	}

}
