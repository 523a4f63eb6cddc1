package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One typed row of 项目分布清单 as the ledger stores it; unreadable values are {@code null}.
 */
public record DistributionEntry(int rowNumber, String code, String town, String site, BigDecimal quantity,
		LocalDate doneDate, String remarks) {
}
