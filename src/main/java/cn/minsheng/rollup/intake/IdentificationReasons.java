package cn.minsheng.rollup.intake;

import java.util.List;

/**
 * The Chinese reason a unit reads when its form cannot be tied to one unit or one month.
 */
final class IdentificationReasons {

	private IdentificationReasons() {
	}

	/**
	 * @param unitProblems why the unit is unknown, {@code null} when it is known
	 * @param periodProblems why the month is unknown, {@code null} when it is known
	 */
	static String of(List<String> unitProblems, List<String> periodProblems, List<String> units, int year) {
		StringBuilder reason = new StringBuilder();
		if (unitProblems != null) {
			reason.append("无法确定报送单位：").append(String.join("，", unitProblems))
				.append("。请使用下发的本单位模板填报，并在「填报单位」处填写单位名称");
			if (!units.isEmpty()) {
				reason.append("（如：").append(units.get(0)).append("）");
			}
		}
		if (periodProblems != null) {
			if (!reason.isEmpty()) {
				reason.append("；");
			}
			reason.append("无法确定报送月份：").append(String.join("，", periodProblems))
				.append("。请在「报送月份」处按「").append(year).append("年11月」的格式填写");
		}
		return reason.append("，然后重新报送").toString();
	}

}
