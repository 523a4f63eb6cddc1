package cn.minsheng.rollup.form;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;

/**
 * One unit's form for one month: which indicators it lists and where its rows and footer sit.
 *
 * @param catalog the year's list the form is made from
 * @param catalogUnit the unit as the catalog names it; its indicators fill the form
 * @param formUnit the unit as the form names it (填报单位, metadata); the same as {@code catalogUnit} except in
 * generated multi-county samples
 * @param period the reporting month
 */
public record UnitForm(Catalog catalog, String catalogUnit, String formUnit, YearMonth period) {

	public UnitForm {
		Objects.requireNonNull(catalog, "catalog");
		Objects.requireNonNull(catalogUnit, "catalogUnit");
		Objects.requireNonNull(formUnit, "formUnit");
		Objects.requireNonNull(period, "period");
		if (period.getYear() != catalog.year()) {
			throw new IllegalArgumentException(
					"报送月份" + Periods.chinese(period) + "不属于" + catalog.year() + "年项目清单");
		}
		if (catalog.indicatorsOf(catalogUnit).isEmpty()) {
			throw new IllegalArgumentException("项目清单中没有单位「" + catalogUnit + "」的指标");
		}
	}

	public static UnitForm of(Catalog catalog, String unit, YearMonth period) {
		return new UnitForm(catalog, unit, unit, period);
	}

	/** The unit's indicators in catalog order, one form row each. */
	public List<Indicator> indicators() {
		return this.catalog.indicatorsOf(this.catalogUnit);
	}

	/** The unit's indicator codes in catalog order. */
	public List<String> codes() {
		return indicators().stream().map(Indicator::code).toList();
	}

	/** Zero-based sheet row of the indicator at {@code index} in {@link #indicators()}. */
	public int rowOf(int index) {
		return FormLayout.FIRST_DATA_ROW + index;
	}

	/** Zero-based row of the last indicator. */
	public int lastDataRow() {
		return rowOf(indicators().size() - 1);
	}

	/** Zero-based first footer row: {@link FormLayout#FOOTER_GAP} rows below the last indicator row. */
	public int footerRow() {
		return lastDataRow() + FormLayout.FOOTER_GAP;
	}

	/** {@code 2023-11-县人社局}. */
	public String formId() {
		return this.period + "-" + this.formUnit;
	}

	public FormMetadata metadata() {
		return new FormMetadata(formId(), this.formUnit, this.period, FormLayout.TEMPLATE_VERSION,
				this.catalog.fingerprint());
	}

	/** The text of cell A2: 填报单位：县人社局. */
	public String unitText() {
		return FormLayout.UNIT_LABEL + this.formUnit;
	}

	/** The text of the 报送月份 cell: 报送月份：2023年11月. */
	public String periodText() {
		return FormLayout.PERIOD_LABEL + Periods.chinese(this.period);
	}

}
