package cn.minsheng.rollup.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import cn.minsheng.rollup.workbook.RowText;

/**
 * Finds the one catalog unit a piece of text names: written out in full, with extra words around it (县人社局（盖章）),
 * or without the county prefix (人社局).
 *
 * <p>
 * Every form is matched against every unit of its year (a thousand for a province), so the units' compact and short
 * names are worked out once per catalog, not once per form: {@link #of} keeps the index of the last list it was
 * given.
 */
final class UnitNames {

	private static final String COUNTY_PREFIX = "县";

	private static final int MIN_REVERSE_LENGTH = 2;

	private static volatile UnitNames last;

	private final List<String> units;

	private final String[] compact;

	private final String[] shortNames;

	private final Map<String, List<Integer>> byCompact;

	private UnitNames(List<String> units) {
		this.units = units;
		this.compact = new String[units.size()];
		this.shortNames = new String[units.size()];
		this.byCompact = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			String name = RowText.compact(units.get(i));
			this.compact[i] = name;
			this.shortNames[i] = name.startsWith(COUNTY_PREFIX) && name.length() > 2 ? name.substring(1) : name;
			this.byCompact.computeIfAbsent(name, (k) -> new ArrayList<>(1)).add(i);
		}
	}

	/** The index of a catalog's units, made once for each list. */
	static UnitNames of(List<String> units) {
		UnitNames known = last;
		if (known != null && known.units == units) {
			return known;
		}
		UnitNames made = new UnitNames(units);
		last = made;
		return made;
	}

	/** For the 填报单位 text: exact, then containing a unit name, then part of one. */
	Optional<String> inDeclaredText(String text) {
		String declared = RowText.compact(text);
		if (declared.isEmpty()) {
			return Optional.empty();
		}
		List<Integer> exact = this.byCompact.getOrDefault(declared, List.of());
		if (exact.size() == 1) {
			return Optional.of(this.units.get(exact.get(0)));
		}
		return inCompactText(declared)
			.or(() -> declared.length() < MIN_REVERSE_LENGTH ? Optional.empty()
					: only((i) -> this.compact[i].contains(declared)));
	}

	/** For a file name or other free text: a unit name, or its name without 县, contained in it. */
	Optional<String> inFreeText(String text) {
		return inCompactText(RowText.compact(text));
	}

	private Optional<String> inCompactText(String compactText) {
		return only((i) -> compactText.contains(this.compact[i]))
			.or(() -> only((i) -> compactText.contains(this.shortNames[i])));
	}

	private Optional<String> only(IntPredicate test) {
		int found = -1;
		for (int i = 0; i < this.compact.length; i++) {
			if (test.test(i)) {
				if (found >= 0) {
					return Optional.empty();
				}
				found = i;
			}
		}
		return found < 0 ? Optional.empty() : Optional.of(this.units.get(found));
	}

}
