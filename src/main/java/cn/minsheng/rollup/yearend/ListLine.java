package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored line of a 项目分布清单.
 *
 * @param rowNumber the row of the unit's sheet it was read from
 */
record ListLine(int rowNumber, String code, String town, String site, BigDecimal quantity, LocalDate doneDate,
		String remarks) {
}
