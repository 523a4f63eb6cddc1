package cn.minsheng.rollup.bench;

import java.util.ArrayList;
import java.util.List;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.sample.SampleMonthGenerator;

/**
 * The county catalog repeated for many counties, the way a city or the province lists every county's units: units are
 * named {@code 县07-县人社局} (as the sample generator names them) and each indicator gets a code of its own
 * ({@code S03-1} of county 7 becomes {@code S03-701}), so forms are identified and checked as in a county.
 */
final class ProvinceCatalog {

	private ProvinceCatalog() {
	}

	static Catalog of(Catalog county, int counties) {
		List<Indicator> all = new ArrayList<>();
		for (int c = 1; c <= counties; c++) {
			String prefix = SampleMonthGenerator.countyName(c) + "-";
			for (Indicator i : county.indicators()) {
				String item = i.code().substring(i.code().indexOf('-') + 1);
				String code = i.categoryNo() + "-" + (c * 100 + Integer.parseInt(item));
				all.add(new Indicator(code, i.level(), i.categoryNo(), i.category(), i.name(), i.kind(), i.measure(),
						i.unitOfMeasure(), i.annualTarget(), prefix + i.responsibleUnit(), i.plannedFundsWan(),
						i.dueMonth(), i.continuing()));
			}
		}
		return new Catalog(county.year(), all);
	}

}
