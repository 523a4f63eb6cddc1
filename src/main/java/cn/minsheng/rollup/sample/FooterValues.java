package cn.minsheng.rollup.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * The footer a unit fills: its liaison (填报人), the leader in charge (分管领导), a phone number (an 11-digit mobile or
 * a 0731 landline of 湘潭) and the fill date. People and numbers stay the same from month to month.
 */
record FooterValues(String reporter, String leader, String phone, LocalDate fillDate) {

	private static final List<String> MOBILE_PREFIXES = List.of("135", "136", "137", "138", "139", "150", "151", "152",
			"158", "159", "173", "180", "181", "182", "187", "188", "189", "199");

	static FooterValues of(SampleDice dice, String unit, LocalDate fillDate) {
		String reporter = name(dice, unit, "reporter");
		String leader = name(dice, unit, "leader");
		if (leader.equals(reporter)) {
			leader = name(dice, unit, "leader2");
		}
		return new FooterValues(reporter, leader, phone(dice, unit), fillDate);
	}

	private static String name(SampleDice dice, String unit, String role) {
		return dice.pick(SampleTexts.SURNAMES, role, "surname", unit)
				+ dice.pick(SampleTexts.GIVEN_NAMES, role, "given", unit);
	}

	private static String phone(SampleDice dice, String unit) {
		java.util.SplittableRandom random = dice.random("phone", unit);
		if (random.nextDouble() < 0.7) {
			return MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
					+ String.format("%08d", random.nextInt(100_000_000));
		}
		return "0731-57" + String.format("%06d", random.nextInt(1_000_000));
	}

}
