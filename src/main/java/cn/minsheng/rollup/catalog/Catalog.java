package cn.minsheng.rollup.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The year's checked indicator list, in the office's order; the backbone every form row is checked against.
 *
 * @param year the reporting year the list belongs to
 * @param indicators the indicators in catalog order
 * @param index lookups derived from {@code indicators} (what is passed in is ignored)
 */
public record Catalog(int year, List<Indicator> indicators, Index index) {

	public Catalog {
		indicators = List.copyOf(indicators);
		index = Index.of(year, indicators);
	}

	public Catalog(int year, List<Indicator> indicators) {
		this(year, indicators, null);
	}

	/** The indicator of a code; a lookup per 项目分布清单 row, so by index, not by search. */
	public Optional<Indicator> find(String code) {
		return Optional.ofNullable(code == null ? null : this.index.byCode().get(code));
	}

	/** Units in the order they first appear in the list. */
	public List<String> units() {
		return this.index.units();
	}

	public List<Indicator> indicatorsOf(String unit) {
		return this.index.byUnit().getOrDefault(unit, List.of());
	}

	/** Counts per level: categories (件) and indicators (项). */
	public Map<Level, LevelCount> countsByLevel() {
		Map<Level, Set<String>> categories = new EnumMap<>(Level.class);
		Map<Level, Integer> items = new EnumMap<>(Level.class);
		for (Indicator i : indicators) {
			categories.computeIfAbsent(i.level(), (l) -> new LinkedHashSet<>()).add(i.categoryNo());
			items.merge(i.level(), 1, Integer::sum);
		}
		Map<Level, LevelCount> counts = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			counts.put(level, new LevelCount(categories.getOrDefault(level, Set.of()).size(),
					items.getOrDefault(level, 0)));
		}
		return counts;
	}

	/** "省重点民生实事 10 件 27 项；…" as the office states it. */
	public String describeCounts() {
		StringBuilder text = new StringBuilder();
		countsByLevel().forEach((level, count) -> {
			if (!text.isEmpty()) {
				text.append("；");
			}
			text.append(level.label()).append(' ').append(count.categories()).append(" 件 ").append(count.items())
				.append(" 项");
		});
		return text + "；共 " + indicators.size() + " 项，责任单位 " + units().size() + " 个";
	}

	/**
	 * A short fingerprint of the list's content; written into each form so intake can tell which list the form was
	 * made from.
	 */
	public String fingerprint() {
		return this.index.fingerprint();
	}

	/** Worked out once, where the list is loaded (a background thread at start-up): a province's list takes a while. */
	private static String fingerprintOf(int year, List<Indicator> indicators) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Integer.toString(year).getBytes(StandardCharsets.UTF_8));
			for (Indicator i : indicators) {
				String line = String.join("|", i.code(), i.level().name(), i.categoryNo(), i.category(), i.name(),
						i.kind().name(), i.measure().name(), i.unitOfMeasure(), i.annualTarget().stripTrailingZeros()
							.toPlainString(),
						i.responsibleUnit(), i.plannedFundsWan() == null ? "" : i.plannedFundsWan().toPlainString(),
						Integer.toString(i.dueMonth()), Boolean.toString(i.continuing()));
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Number of categories (件) and indicators (项) of one level. */
	public record LevelCount(int categories, int items) {
	}

	/** The catalog's lookups, made once: every file and every summary asks them. */
	public record Index(Map<String, Indicator> byCode, List<String> units, Map<String, List<Indicator>> byUnit,
			String fingerprint) {

		static Index of(int year, List<Indicator> indicators) {
			Map<String, Indicator> byCode = new LinkedHashMap<>();
			Map<String, List<Indicator>> byUnit = new LinkedHashMap<>();
			for (Indicator i : indicators) {
				byCode.putIfAbsent(i.code(), i);
				byUnit.computeIfAbsent(i.responsibleUnit(), (u) -> new ArrayList<>()).add(i);
			}
			byUnit.replaceAll((unit, list) -> List.copyOf(list));
			return new Index(Collections.unmodifiableMap(byCode), List.copyOf(byUnit.keySet()),
					Collections.unmodifiableMap(byUnit), fingerprintOf(year, indicators));
		}

	}

}
