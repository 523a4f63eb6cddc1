package cn.minsheng.rollup.workbook;

import java.nio.file.Path;

/**
 * The two formats the reader reads, for tests that must hold for both.
 */
enum SpreadsheetFormat {

	XLSX, XLS;

	Path write(WorkbookSpec workbook, Path dir, String baseName) {
		return this == XLSX ? workbook.writeXlsx(dir, baseName + ".xlsx") : workbook.writeXls(dir, baseName + ".xls");
	}

}
