package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A main-sheet row with every unit-filled value read; blank and unreadable values have a {@code null} value.
 */
record TypedRow(RowView view, String code, ParsedValue<BigDecimal> monthDone, ParsedValue<BigDecimal> cumulative,
		ParsedValue<BigDecimal> reportedRate, ParsedValue<ProjectStatus> status, ParsedValue<BigDecimal> funds,
		ParsedValue<BigDecimal> investment, ParsedValue<Boolean> online, ParsedValue<Boolean> offline,
		ParsedValue<LocalDate> start, ParsedValue<LocalDate> finish) {

}
