package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator's line of a returned 评估认定表.
 *
 * @param rowNumber the return's Excel row, for naming its cells
 * @param reported 报送数 as printed on the form the office sent; {@code null} where it was blank
 * @param certified 认定数 the bureau wrote
 */
record CertifiedFigure(String unit, String code, int rowNumber, BigDecimal reported, BigDecimal certified,
		String remarks) {

	CertifiedFigure {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(certified, "certified");
	}

}
