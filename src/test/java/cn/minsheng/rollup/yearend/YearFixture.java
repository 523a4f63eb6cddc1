package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * A two-unit, three-indicator year built in memory: forms added month by month, rows spelled out.
 */
final class YearFixture {

	static final String HOUSING = "县住建局";

	static final String CIVIL = "县民政局";

	static final Indicator ROADS = new Indicator("S01-1", Level.PROVINCIAL, "S01", "城镇老旧小区改造", "开工改造小区",
			Kind.CONSTRUCTION, Measure.CUMULATIVE, "个", new BigDecimal("10"), HOUSING, new BigDecimal("100"), 12,
			false);

	static final Indicator PARKING = new Indicator("C01-1", Level.MUNICIPAL, "C01", "停车位", "新增停车位",
			Kind.CONSTRUCTION, Measure.CUMULATIVE, "个", new BigDecimal("200"), HOUSING, new BigDecimal("50"), 12, true);

	static final Indicator BEDS = new Indicator("S02-1", Level.PROVINCIAL, "S02", "养老服务", "新增护理型床位",
			Kind.INDICATOR, Measure.CUMULATIVE, "张", new BigDecimal("40"), CIVIL, null, 10, false);

	static final Catalog CATALOG = new Catalog(2023, List.of(ROADS, BEDS, PARKING));

	private final List<MonthForm> forms = new ArrayList<>();

	private long ids = 1;

	YearFixture form(String unit, int month, ReportedRow... rows) {
		YearMonth period = YearMonth.of(2023, month);
		this.forms.add(new MonthForm(unit, period, this.ids++, unit + "-" + period + ".xlsx", "/archive/" + unit,
				1, "sha", List.of(rows)));
		return this;
	}

	YearFigures year() {
		return new YearFigures(CATALOG, this.forms);
	}

	/** A row in progress: 在建, no acceptance. */
	static ReportedRow row(int rowNumber, Indicator indicator, String month, String cumulative, String inPlace,
			String spent) {
		return new ReportedRow(rowNumber, indicator.code(), decimal(month), decimal(cumulative), null, "在建",
				decimal(inPlace), decimal(spent), false, false, LocalDate.of(2023, 2, 1), null, null, null, null);
	}

	static ReportedRow finished(int rowNumber, Indicator indicator, String month, String cumulative,
			LocalDate finishedOn, boolean online) {
		return new ReportedRow(rowNumber, indicator.code(), decimal(month), decimal(cumulative), null, "已完工",
				null, null, online, false, LocalDate.of(2023, 2, 1), finishedOn, null, null, null);
	}

	/** 在建, yet 线上验收 是. */
	static ReportedRow acceptedOnlineInProgress(int rowNumber, Indicator indicator, String month, String cumulative) {
		return new ReportedRow(rowNumber, indicator.code(), decimal(month), decimal(cumulative), null, "在建", null,
				null, true, false, LocalDate.of(2023, 2, 1), null, null, null, null);
	}

	static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

}
