package cn.minsheng.rollup.form;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * Writes the monthly form each unit fills: 月报表 prefilled from the catalog with unlocked, checked input cells,
 * 项目分布清单, and the hidden sheet {@value FormLayout#META_SHEET} that identifies the form.
 */
public final class FormTemplateWriter {

	/** Templates go to {@code <output>/templates/<yyyy-MM>/}. */
	public static final String TEMPLATES_DIR = "templates";

	public static final String XLSX = ".xlsx";

	/** The folder the templates of one month are written to. */
	public static Path templateDir(Path outputRoot, YearMonth period) {
		return outputRoot.resolve(TEMPLATES_DIR).resolve(period.toString());
	}

	/**
	 * Writes one unit's template into {@code outDir} as {@code 县人社局-2023年11月-月报表.xlsx}.
	 * @return the file written
	 */
	public Path write(Catalog catalog, String unit, YearMonth period, TemplateOptions options, Path outDir)
			throws IOException {
		return write(catalog, unit, period, options, outDir, null);
	}

	/**
	 * Writes one unit's template with its latest accepted earlier month as read-only reference columns.
	 * @param reference {@code null} for a unit without an accepted earlier month
	 */
	public Path write(Catalog catalog, String unit, YearMonth period, TemplateOptions options, Path outDir,
			ReferenceFigures reference) throws IOException {
		UnitForm form = UnitForm.of(catalog, unit, period);
		Path file = outDir.resolve(FormFileNames.fileName(unit, period, XLSX));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			populate(workbook, form, options, reference);
			return OutputFiles.write(file, workbook::write);
		}
	}

	/**
	 * Writes the template of every unit of the catalog into {@link #templateDir(Path, YearMonth)}.
	 * @return the files written, in the catalog's unit order
	 */
	public List<Path> writeAll(Catalog catalog, YearMonth period, TemplateOptions options, Path outputRoot)
			throws IOException {
		Path dir = templateDir(outputRoot, period);
		List<Path> files = new ArrayList<>();
		for (String unit : catalog.units()) {
			files.add(write(catalog, unit, period, options, dir));
		}
		return files;
	}

	/**
	 * Lays the form out in an empty workbook: {@code XSSFWorkbook} for the template, {@code HSSFWorkbook} for an
	 * {@code .xls} copy (Excel 97–2003 keeps the checks, protection and hidden sheet). Formulas get their cached
	 * values so readers that do not calculate see them.
	 */
	public void populate(Workbook workbook, UnitForm form, TemplateOptions options) {
		populate(workbook, form, options, null);
	}

	private void populate(Workbook workbook, UnitForm form, TemplateOptions options, ReferenceFigures reference) {
		FormStyles styles = new FormStyles(workbook);
		new MainSheetWriter(styles).write(workbook.createSheet(FormLayout.MAIN_SHEET), form, options, reference);
		new DistributionSheetWriter(styles).write(workbook.createSheet(FormLayout.DISTRIBUTION_SHEET), form, options);
		MetaSheetWriter.write(workbook, form, options);
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
		workbook.setForceFormulaRecalculation(true);
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
	}

}
