package cn.minsheng.rollup.yearend;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Everything a year-end run worked out once, for the documents drawn from it.
 *
 * @param folder {@code output/yearend/2023}
 * @param returns the 评估认定表 returns in force, by unit
 */
record YearendContext(YearFigures figures, FundsStatistics funds, AcceptanceStatus acceptance,
		CertificationStatus certification, Map<String, CertifiedFigures.Return> returns, Path folder, String county,
		LocalDateTime now) {

	int year() {
		return this.figures.year();
	}

}
