package cn.minsheng.rollup.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the rows of a catalog file (header first) into a checked {@link Catalog}, collecting every problem before it
 * gives up, so the office can fix the file in one go.
 */
final class CatalogParser {

	private static final Pattern CODE = Pattern.compile("[SJC]\\d{2}-\\d+");

	private final String source;

	private final List<CatalogProblem> problems = new ArrayList<>();

	CatalogParser(String source) {
		this.source = source;
	}

	Catalog parse(int year, List<List<String>> rows) {
		if (rows.isEmpty()) {
			throw new CatalogException(this.source, List.of(new CatalogProblem(0, null, "文件中没有内容")));
		}
		Map<CatalogColumn, Integer> columns = locateColumns(rows.get(0));
		List<NumberedIndicator> indicators = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			int rowNumber = r + 1;
			new RowReader(rowNumber, row, columns).read()
				.ifPresent((i) -> indicators.add(new NumberedIndicator(rowNumber, i)));
		}
		if (indicators.isEmpty() && this.problems.isEmpty()) {
			this.problems.add(new CatalogProblem(0, null, "清单中没有任何指标行"));
		}
		checkAcrossRows(indicators);
		if (!this.problems.isEmpty()) {
			throw new CatalogException(this.source, this.problems);
		}
		return new Catalog(year, indicators.stream().map(NumberedIndicator::indicator).toList());
	}

	private Map<CatalogColumn, Integer> locateColumns(List<String> header) {
		Map<CatalogColumn, Integer> columns = new EnumMap<>(CatalogColumn.class);
		for (int c = 0; c < header.size(); c++) {
			for (CatalogColumn column : CatalogColumn.values()) {
				if (!columns.containsKey(column) && column.matches(header.get(c))) {
					columns.put(column, c);
				}
			}
		}
		for (CatalogColumn column : CatalogColumn.values()) {
			if (!columns.containsKey(column) && column != CatalogColumn.PLANNED_FUNDS
					&& column != CatalogColumn.CONTINUING) {
				this.problems.add(new CatalogProblem(1, column.chinese(), "表头缺少此列"));
			}
		}
		if (!this.problems.isEmpty()) {
			throw new CatalogException(this.source, this.problems);
		}
		return columns;
	}

	private void checkAcrossRows(List<NumberedIndicator> indicators) {
		Set<String> codes = new HashSet<>();
		Map<String, Level> categoryLevels = new HashMap<>();
		for (NumberedIndicator numbered : indicators) {
			Indicator indicator = numbered.indicator();
			int row = numbered.row();
			if (!codes.add(indicator.code())) {
				this.problems.add(new CatalogProblem(row, CatalogColumn.CODE.chinese(),
						"项目编码「" + indicator.code() + "」重复"));
			}
			Level known = categoryLevels.putIfAbsent(indicator.categoryNo(), indicator.level());
			if (known != null && known != indicator.level()) {
				this.problems.add(new CatalogProblem(row, CatalogColumn.LEVEL.chinese(), "件「" + indicator.categoryNo()
						+ "」的层级前后不一致（" + known.label() + " / " + indicator.level().label() + "）"));
			}
		}
	}

	private record NumberedIndicator(int row, Indicator indicator) {
	}

	/** Reads one data row, recording a problem for each bad cell. */
	private final class RowReader {

		private final int rowNumber;

		private final List<String> row;

		private final Map<CatalogColumn, Integer> columns;

		private boolean bad;

		RowReader(int rowNumber, List<String> row, Map<CatalogColumn, Integer> columns) {
			this.rowNumber = rowNumber;
			this.row = row;
			this.columns = columns;
		}

		Optional<Indicator> read() {
			String code = required(CatalogColumn.CODE);
			if (!code.isEmpty() && !CODE.matcher(code).matches()) {
				problem(CatalogColumn.CODE, "项目编码「" + code + "」格式不对，应如 S01-1、J02-1、C07-2");
			}
			Level level = choice(CatalogColumn.LEVEL, Level::fromLabel, "省重点民生实事、省重点监测民生项目、市重点民生实事");
			String categoryNo = required(CatalogColumn.CATEGORY_NO);
			if (level != null && !code.isEmpty() && code.charAt(0) != level.codePrefix()) {
				problem(CatalogColumn.CODE, "项目编码应以「" + level.codePrefix() + "」开头（层级为" + level.label() + "）");
			}
			if (!code.isEmpty() && !categoryNo.isEmpty() && !code.startsWith(categoryNo + "-")) {
				problem(CatalogColumn.CATEGORY_NO, "件编号「" + categoryNo + "」与项目编码「" + code + "」不符");
			}
			String category = required(CatalogColumn.CATEGORY);
			String name = required(CatalogColumn.INDICATOR);
			Kind kind = choice(CatalogColumn.KIND, Kind::fromLabel, "指标类、建设类、重点类");
			Measure measure = choice(CatalogColumn.MEASURE, Measure::fromLabel, "累计数量、标准值、里程碑");
			String unitOfMeasure = required(CatalogColumn.UNIT_OF_MEASURE);
			BigDecimal target = number(CatalogColumn.ANNUAL_TARGET, true);
			if (target != null && target.signum() <= 0) {
				problem(CatalogColumn.ANNUAL_TARGET, "年度目标必须大于 0");
			}
			String unit = required(CatalogColumn.RESPONSIBLE_UNIT);
			BigDecimal funds = number(CatalogColumn.PLANNED_FUNDS, false);
			if (funds != null && funds.signum() < 0) {
				problem(CatalogColumn.PLANNED_FUNDS, "计划投资不能为负数");
			}
			Integer due = dueMonth();
			boolean continuing = !"新增".equals(text(CatalogColumn.CONTINUING));
			if (this.bad) {
				return Optional.empty();
			}
			return Optional.of(new Indicator(code, level, categoryNo, category, name, kind, measure, unitOfMeasure,
					target, unit, funds, due, continuing));
		}

		private Integer dueMonth() {
			BigDecimal due = number(CatalogColumn.DUE_MONTH, true);
			if (due == null) {
				return null;
			}
			if (due.stripTrailingZeros().scale() > 0 || due.intValue() < 1 || due.intValue() > 12) {
				problem(CatalogColumn.DUE_MONTH, "完成时限应为 1 到 12 之间的月份，实际为「" + text(CatalogColumn.DUE_MONTH) + "」");
				return null;
			}
			return due.intValue();
		}

		private String text(CatalogColumn column) {
			Integer index = this.columns.get(column);
			if (index == null || index >= this.row.size()) {
				return "";
			}
			return this.row.get(index).strip();
		}

		private String required(CatalogColumn column) {
			String value = text(column);
			if (value.isEmpty()) {
				problem(column, "不能为空");
			}
			return value;
		}

		private <T> T choice(CatalogColumn column, Function<String, Optional<T>> parse, String allowed) {
			String value = required(column);
			if (value.isEmpty()) {
				return null;
			}
			Optional<T> parsed = parse.apply(value);
			if (parsed.isEmpty()) {
				problem(column, "「" + value + "」不是可用的值，应为：" + allowed);
			}
			return parsed.orElse(null);
		}

		private BigDecimal number(CatalogColumn column, boolean required) {
			String value = required ? required(column) : text(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(value.replace(",", "").replace("，", ""));
			}
			catch (NumberFormatException ex) {
				problem(column, "「" + value + "」不是数字");
				return null;
			}
		}

		private void problem(CatalogColumn column, String message) {
			this.bad = true;
			CatalogParser.this.problems.add(new CatalogProblem(this.rowNumber, column.chinese(), message));
		}

	}

}
