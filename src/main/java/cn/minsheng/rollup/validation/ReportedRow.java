package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One indicator's figures as a unit reported them for a month, typed and checked; what the ledger stores. Any value
 * the unit left blank or wrote unreadably is {@code null}.
 *
 * @param rowNumber the Excel row it came from
 * @param completionRate 累计完成 ÷ 年度目标 as a fraction (0.85 for 85 %), as reported or computed
 * @param status 未开工 / 在建 / 已完工 / 已验收
 * @param onlineAccepted 线上验收
 * @param offlineAccepted 线下验收
 */
public record ReportedRow(int rowNumber, String code, BigDecimal monthDone, BigDecimal cumulativeDone,
		BigDecimal completionRate, String status, BigDecimal fundsInPlace, BigDecimal investmentDone,
		Boolean onlineAccepted, Boolean offlineAccepted, LocalDate startDate, LocalDate finishDate, String problems,
		String nextSteps, String remarks) {

	public ReportedRow {
		Objects.requireNonNull(code, "code");
	}

}
