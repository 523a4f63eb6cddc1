package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.minsheng.rollup.form.Periods;

/**
 * The Chinese reason a unit reads when the sources of its form disagree on the unit or the month: every source with
 * what it says, and what to do.
 */
final class ConflictReasons {

	private ConflictReasons() {
	}

	/**
	 * @param units the unit claims when they disagree, else {@code null}
	 * @param periods the month claims when they disagree, else {@code null}
	 */
	static String of(List<Claim<String>> units, List<Claim<YearMonth>> periods) {
		StringBuilder reason = new StringBuilder();
		if (periods != null) {
			reason.append(months(periods));
		}
		if (units != null) {
			if (!reason.isEmpty()) {
				reason.append("；");
			}
			reason.append(units(units));
		}
		return reason.toString();
	}

	private static String months(List<Claim<YearMonth>> claims) {
		String sources = claims.stream()
			.map((c) -> c.shownAs() + "为 " + Periods.chinese(c.value()))
			.collect(Collectors.joining("，"));
		Set<YearMonth> months = new LinkedHashSet<>();
		claims.forEach((c) -> months.add(c.value()));
		YearMonth newest = months.stream().max(YearMonth::compareTo).orElseThrow();
		String others = months.stream()
			.filter((m) -> !m.equals(newest))
			.sorted()
			.map(Periods::chinese)
			.collect(Collectors.joining("或"));
		return "报送月份前后不一致：" + sources + "。系统无法确定这份报表是哪个月的，为免错记或覆盖已报送月份的数据，本次未接收。"
				+ "如报送的是 " + Periods.chinese(newest) + " 的数据，请使用 " + Periods.chinese(newest) + " 的模板重新填报；"
				+ "如是更正 " + others + " 的数据，请使文件名和表头「报送月份」与所更正的月份一致后重新报送";
	}

	private static String units(List<Claim<String>> claims) {
		String sources = claims.stream().map((c) -> c.shownAs() + "为 " + c.value()).collect(Collectors.joining("，"));
		return "报送单位前后不一致：" + sources + "。系统无法确定这份报表是哪个单位的，本次未接收。"
				+ "请使用下发的本单位模板填报，并使「填报单位」和文件名中的单位名称一致后重新报送";
	}

}
