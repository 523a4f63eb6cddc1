package cn.minsheng.rollup.intake;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * An accepted form that replaces the figures of a month older than the newest one its unit has reported: the office
 * is told which figures changed (「更正了 2023年10月 的数据：S01-1 累计完成 120 → 130」), since such a change alters
 * a month whose summary may already have been used.
 *
 * @param period the month corrected
 * @param changes each changed figure, e.g. 「S01-1 累计完成 120 → 130」
 */
public record Correction(YearMonth period, List<String> changes) {

	/** The words that begin the notice, in the run report's reason and the terminal. */
	public static final String MARK = "更正了";

	private static final int MAX_LISTED = 30;

	private static final List<Figure> FIGURES = List.of(new Figure("本月完成", ReportedRow::monthDone),
			new Figure("累计完成", ReportedRow::cumulativeDone), new Figure("项目状态", ReportedRow::status),
			new Figure("累计到位资金", ReportedRow::fundsInPlace), new Figure("累计完成投资", ReportedRow::investmentDone),
			new Figure("线上验收", ReportedRow::onlineAccepted), new Figure("线下验收", ReportedRow::offlineAccepted));

	public Correction {
		Objects.requireNonNull(period, "period");
		changes = List.copyOf(changes);
	}

	/** The figures that differ between the rows in force and the new ones, in the new form's order. */
	static Correction between(YearMonth period, Map<String, ReportedRow> before, List<ReportedRow> after) {
		List<String> changes = new ArrayList<>();
		for (ReportedRow row : after) {
			ReportedRow old = before.get(row.code());
			if (old == null) {
				changes.add(row.code() + " 新增");
				continue;
			}
			for (Figure figure : FIGURES) {
				Object was = figure.value().apply(old);
				Object now = figure.value().apply(row);
				if (!same(was, now)) {
					changes.add(row.code() + " " + figure.label() + " " + shown(was) + " → " + shown(now));
				}
			}
		}
		before.keySet().stream().filter((code) -> after.stream().noneMatch((r) -> r.code().equals(code)))
			.forEach((code) -> changes.add(code + " 删去"));
		return new Correction(period, changes);
	}

	public boolean changesAnything() {
		return !this.changes.isEmpty();
	}

	/** 「更正了 2023年10月 的数据：S01-1 累计完成 120 → 130，…」 */
	public String describe() {
		List<String> listed = this.changes.size() > MAX_LISTED ? this.changes.subList(0, MAX_LISTED) : this.changes;
		return MARK + " " + Periods.chinese(this.period) + " 的数据：" + String.join("，", listed)
				+ (this.changes.size() > MAX_LISTED ? "，等共 " + this.changes.size() + " 处" : "");
	}

	private static boolean same(Object was, Object now) {
		if (was instanceof BigDecimal a && now instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(was, now);
	}

	private static String shown(Object value) {
		if (value == null) {
			return "空";
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Boolean yes) {
			return yes ? "是" : "否";
		}
		return value.toString();
	}

	private record Figure(String label, Function<ReportedRow, Object> value) {
	}

}
