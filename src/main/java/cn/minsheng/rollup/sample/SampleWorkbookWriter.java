package cn.minsheng.rollup.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.FormTemplateWriter;
import cn.minsheng.rollup.form.TemplateOptions;
import cn.minsheng.rollup.form.UnitForm;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * Saves one filled form: the template laid out by {@link FormTemplateWriter}, its input cells filled, mistakes made,
 * then 项目分布清单 streamed. For {@code .xlsx} the list rows go through {@link SXSSFWorkbook} (a window of rows in
 * memory, the rest in compressed temporary files, removed afterwards), so a million rows take little heap.
 */
final class SampleWorkbookWriter {

	/** Rows of 项目分布清单 kept in memory while streaming. */
	static final int ROW_WINDOW = 200;

	private final FormTemplateWriter templates = new FormTemplateWriter();

	private final TemplateOptions options;

	private final SampleDice dice;

	SampleWorkbookWriter(TemplateOptions options, SampleDice dice) {
		this.options = options;
		this.dice = dice;
	}

	/**
	 * Writes the file through a temporary file in the same folder, moved into place when complete, so a watcher never
	 * sees half a workbook.
	 */
	List<InjectedMistake> write(Path file, SampleFormat format, UnitForm form, FormFill fill) throws IOException {
		if (fill.distributionRows() > format.maxDistributionRows()) {
			throw new IllegalArgumentException(format.extension() + " 格式的项目分布清单最多 " + format.maxDistributionRows()
					+ " 行，要求 " + fill.distributionRows() + " 行");
		}
		List<InjectedMistake> injected = new ArrayList<>();
		OutputFiles.write(file, (out) -> injected.addAll(format == SampleFormat.XLS ? writeXls(out, form, fill)
				: writeXlsx(out, form, fill)));
		return injected;
	}

	private List<InjectedMistake> writeXlsx(OutputStream out, UnitForm form, FormFill fill) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<InjectedMistake> injected = new ArrayList<>(fillMainSheet(workbook, form, fill));
			CellStyle[] styles = columnStyles(workbook.getSheet(FormLayout.DISTRIBUTION_SHEET));
			SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, ROW_WINDOW, true, true);
			try {
				injected.addAll(distribution(streaming.getSheet(FormLayout.DISTRIBUTION_SHEET), styles, form, fill));
				streaming.write(out);
			}
			finally {
				streaming.dispose();
			}
			return injected;
		}
	}

	private List<InjectedMistake> writeXls(OutputStream out, UnitForm form, FormFill fill) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			List<InjectedMistake> injected = new ArrayList<>(fillMainSheet(workbook, form, fill));
			Sheet sheet = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
			injected.addAll(distribution(sheet, columnStyles(sheet), form, fill));
			summary(workbook, fill.footer().reporter());
			workbook.write(out);
			return injected;
		}
	}

	/** Excel always stores the document summary; Chinese text needs its code page (UTF-16 here) stated. */
	private static void summary(HSSFWorkbook workbook, String author) {
		workbook.createInformationProperties();
		workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
		workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
		workbook.getSummaryInformation().setAuthor(author);
	}

	private List<InjectedMistake> fillMainSheet(Workbook workbook, UnitForm form, FormFill fill) {
		this.templates.populate(workbook, form, this.options);
		Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
		MainSheetFiller.fill(sheet, form, fill.figures(), fill.footer());
		List<InjectedMistake> injected = new MainSheetMistakes(sheet, form, fill.figures()).apply(fill.mistakes());
		// cache the 完成率 results as Excel would on saving, for readers that do not calculate
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		return injected;
	}

	private List<InjectedMistake> distribution(Sheet sheet, CellStyle[] styles, UnitForm form, FormFill fill) {
		return new DistributionRowWriter(sheet, styles, form, this.dice).write(fill.figures(), fill.distributionRows(),
				fill.footer().fillDate(), fill.mistakes());
	}

	private static CellStyle[] columnStyles(Sheet sheet) {
		CellStyle[] styles = new CellStyle[DistributionColumn.values().length];
		for (DistributionColumn column : DistributionColumn.values()) {
			styles[column.templateIndex()] = sheet.getColumnStyle(column.templateIndex());
		}
		return styles;
	}

}
