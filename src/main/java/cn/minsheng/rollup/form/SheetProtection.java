package cn.minsheng.rollup.form;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Protects a sheet so locked cells cannot be changed by accident. Without a password the unit can lift the
 * protection from the menu; columns and rows may still be resized.
 */
final class SheetProtection {

	private SheetProtection() {
	}

	static void protect(Sheet sheet, TemplateOptions options) {
		if (sheet instanceof XSSFSheet xssf) {
			if (options.hasPassword()) {
				xssf.protectSheet(options.protectionPassword());
			}
			else {
				// protectSheet(null) would remove protection in XSSF; this protects without a password
				xssf.enableLocking();
			}
			xssf.lockFormatColumns(false);
			xssf.lockFormatRows(false);
		}
		else {
			// BIFF stores an empty password as hash 0, which Excel treats as "no password"
			sheet.protectSheet(options.protectionPassword());
		}
	}

}
