package cn.minsheng.rollup.intake;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.minsheng.rollup.workbook.RowText;

/**
 * Finds the one catalog unit a piece of text names: written out in full, with extra words around it (县人社局（盖章）),
 * or without the county prefix (人社局).
 */
final class UnitNames {

	private static final String COUNTY_PREFIX = "县";

	private static final int MIN_REVERSE_LENGTH = 2;

	private UnitNames() {
	}

	/** For the 填报单位 text: exact, then containing a unit name, then part of one. */
	static Optional<String> inDeclaredText(String text, List<String> units) {
		String declared = RowText.compact(text);
		if (declared.isEmpty()) {
			return Optional.empty();
		}
		return only(units, (u) -> RowText.compact(u).equals(declared))
			.or(() -> inFreeText(declared, units))
			.or(() -> declared.length() < MIN_REVERSE_LENGTH ? Optional.empty()
					: only(units, (u) -> RowText.compact(u).contains(declared)));
	}

	/** For a file name or other free text: a unit name, or its name without 县, contained in it. */
	static Optional<String> inFreeText(String text, List<String> units) {
		String compact = RowText.compact(text);
		return only(units, (u) -> compact.contains(RowText.compact(u)))
			.or(() -> only(units, (u) -> compact.contains(shortName(u))));
	}

	private static String shortName(String unit) {
		String compact = RowText.compact(unit);
		return compact.startsWith(COUNTY_PREFIX) && compact.length() > 2 ? compact.substring(1) : compact;
	}

	private static Optional<String> only(List<String> units, Predicate<String> test) {
		List<String> matching = units.stream().filter(test).toList();
		return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
	}

}
