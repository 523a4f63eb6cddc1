package cn.minsheng.rollup.form;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet the office or a unit prints is set up (the summary's sheets, a feedback's 问题清单, the run
 * report): A4 landscape, scaled to one page wide however many pages long, the title and header rows repeated on each
 * page, centred, numbered in the footer; so no column is split off onto a page of its own and no title is cut.
 */
public final class PrintLayout {

	private PrintLayout() {
	}

	/** @param lastHeaderRow the last of the rows (0-based, from the first) repeated at the top of every page */
	public static void a4Landscape(Sheet sheet, int lastHeaderRow) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
		// &P and &N are the page number and page count codes of spreadsheet headers and footers.
		sheet.getFooter().setCenter("第 &P 页 共 &N 页");
	}

}
