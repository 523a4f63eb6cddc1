package cn.minsheng.rollup.yearend;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One finding of the 回头看 review: which unit and indicator, in which month's form and cell, and what is wrong.
 *
 * @param code {@code null} for a finding about the whole form (a missing month)
 * @param file the form (or certification return) the finding is in; 「未报送」 for a missing month
 * @param cell 「月报表!J7」; 「—」 where no cell applies
 */
record ReviewLine(String unit, String code, String indicator, YearMonth month, ReviewCheck check, String file,
		String cell, String detail) {

	ReviewLine {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(cell, "cell");
		Objects.requireNonNull(detail, "detail");
	}

}
