package cn.minsheng.rollup.workbook;

import java.io.IOException;

/**
 * A workbook part that intake would have to hold in memory expands beyond {@link IntakeLimits}.
 */
class PartTooLargeException extends IOException {

	PartTooLargeException(long limit) {
		super("part expands beyond " + limit + " bytes");
	}

}
