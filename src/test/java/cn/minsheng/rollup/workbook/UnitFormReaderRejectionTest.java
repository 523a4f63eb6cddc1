package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.form.FormLayout;

/**
 * Every file that is not a readable form ends in a {@link FormReadException} whose kind and Chinese reason fit.
 */
class UnitFormReaderRejectionTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	private FormReadException rejection(Path file) {
		return catchThrowableOfType(FormReadException.class, () -> this.reader.read(file, (row) -> {
		}));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void refusesAWorkbookWithoutAnyFormSheet(SpreadsheetFormat format) {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("Sheet1").row(0, "姓名", "电话").row(1, "张三", "13800000000");

		FormReadException rejection = rejection(format.write(workbook, this.dir, "通讯录"));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_OUR_FORM);
		assertThat(rejection).hasMessage("未找到月报表：工作簿中没有「月报表」工作表，也没有包含「项目编码」「累计完成」等列的表格；"
				+ "请使用下发的月报表模板填报");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void refusesAFormOfAnotherTemplateNamingTheColumnsItLacks(SpreadsheetFormat format) {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet(FormLayout.MAIN_SHEET)
			.row(0, "序号", "项目编码", "考核指标", "年度目标", "累计完成", "备注")
			.row(1, 1, "S01-1", "城镇新增就业", 6500, 6010);

		FormReadException rejection = rejection(format.write(workbook, this.dir, "旧模板"));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_OUR_FORM);
		assertThat(rejection.getMessage()).startsWith("「月报表」工作表缺少必需的列：「本月完成」「项目状态」");
	}

	@Test
	void refusesAnEmptyFile() {
		FormReadException rejection = rejection(CraftedFiles.bytes(this.dir.resolve("a.xlsx"), new byte[0]));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.EMPTY);
		assertThat(rejection).hasMessage(FileFormat.EMPTY.reason());
	}

	@Test
	void refusesAnXlsxWithAnOpenPassword() {
		FormReadException rejection = rejection(CraftedFiles.encryptedXlsx(this.dir.resolve("a.xlsx")));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.ENCRYPTED);
		assertThat(rejection).hasMessage(FileFormat.ENCRYPTED.reason());
	}

	@Test
	void refusesAnXlsWithAnOpenPassword() {
		assertThat(rejection(CraftedFiles.passwordXls(this.dir.resolve("a.xls"), "123456")).kind())
			.isEqualTo(RejectionKind.ENCRYPTED);
	}

	@Test
	void refusesExcel95AsUnsupported() {
		FormReadException rejection = rejection(CraftedFiles.biff5(this.dir.resolve("a.xls")));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.UNSUPPORTED_FORMAT);
		assertThat(rejection).hasMessage(FileFormat.EXCEL_95.reason());
	}

	@Test
	void refusesXlsbAsUnsupported() {
		Path file = CraftedFiles.zip(this.dir.resolve("a.xlsx"), Map.of("xl/workbook.bin", "binary"));

		assertThat(rejection(file).kind()).isEqualTo(RejectionKind.UNSUPPORTED_FORMAT);
	}

	@Test
	void refusesAPdfAsNotASpreadsheet() {
		FormReadException rejection = rejection(CraftedFiles.text(this.dir.resolve("a.xlsx"), "%PDF-1.4\n"));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_SPREADSHEET);
		assertThat(rejection).hasMessage(FileFormat.PDF.reason());
	}

	@Test
	void refusesATruncatedXlsxAsCorrupt() {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");

		FormReadException rejection = rejection(CraftedFiles.truncated(whole, this.dir.resolve("half.xlsx")));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
	}

	@Test
	void refusesAnXlsxWhoseSheetIsNotXmlAsCorrupt() {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");
		Path broken = CraftedFiles.rewriteEntry(whole, this.dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
				(xml) -> xml.substring(0, xml.length() / 2));

		FormReadException rejection = rejection(broken);

		assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
		assertThat(rejection.getMessage()).startsWith("文件已损坏或格式异常，无法读取：");
	}

	@Test
	void refusesAZipBombAsTooLarge() {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");
		// 50 MB of blanks compress about a thousandfold, far beyond the 1:100 POI allows
		Path bomb = CraftedFiles.rewriteEntry(whole, this.dir.resolve("bomb.xlsx"), "xl/worksheets/sheet2.xml",
				(xml) -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(50_000_000)));

		FormReadException rejection = rejection(bomb);

		assertThat(rejection.kind()).isEqualTo(RejectionKind.TOO_LARGE);
	}

	@Test
	void refusesXmlWithEntityDeclarationsWithoutExpandingThem() {
		Path whole = SampleForms.templateForm().writeXlsx(this.dir, "whole.xlsx");
		Path hostile = CraftedFiles.rewriteEntry(whole, this.dir.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"file:///etc/hostname\">"
						+ "<!ENTITY boom \"EXPANDED\">]>")
					.replace("<sheetData>", "<sheetData><row r=\"30\"><c r=\"A30\" t=\"inlineStr\"><is><t>&boom;&leak;"
							+ "</t></is></c></row>"));

		FormReadException rejection = rejection(hostile);

		assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
		assertThat(rejection.getMessage()).doesNotContain("EXPANDED");
	}

	@Test
	void refusesAFileThatDoesNotExistWithoutLettingAnythingElseEscape() {
		assertThatThrownBy(() -> this.reader.read(this.dir.resolve("gone.xlsx"), (row) -> {
		})).isInstanceOfSatisfying(FormReadException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(RejectionKind.CORRUPT));
	}

}
