package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.intake.ReturnReading;
import cn.minsheng.rollup.intake.ReturnedWorkbook;

/**
 * Recognises a returned 评估认定表 among the files dropped into {@code input/}, checks it (the unit and year, every
 * code one of the unit's, every 认定数 a number) and stores its certified figures beside the reported ones.
 * <p>
 * Only a file whose name mentions 认定 is opened here, and it is a return only when its hidden sheet says so; every
 * other file goes on to be read as a monthly form, so the nightly run pays nothing for this on ordinary files.
 */
@Component
class CertificationReturns implements ReturnedWorkbook {

	private final CatalogProvider catalogs;

	private final CertifiedFigures figures;

	private final Clock clock;

	CertificationReturns(CatalogProvider catalogs, CertifiedFigures figures, Clock clock) {
		this.catalogs = catalogs;
		this.figures = figures;
		this.clock = clock;
	}

	@Override
	public Optional<ReturnReading> read(long submissionId, Path file, String fileName) {
		if (!CertificationLayout.mayBeReturn(fileName)) {
			return Optional.empty();
		}
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Map<String, String> info = info(workbook);
			if (!CertificationLayout.KIND.equals(info.get("类型"))) {
				return Optional.empty();
			}
			return Optional.of(check(submissionId, workbook, info));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty(); // not a workbook POI opens: the form reader says what is wrong with it
		}
	}

	private ReturnReading check(long submissionId, Workbook workbook, Map<String, String> info) {
		Catalog catalog = this.catalogs.catalog();
		String unit = info.getOrDefault("单位", "");
		String folder = CertificationLayout.archiveFolder(catalog.year());
		List<String> problems = new ArrayList<>();
		if (!catalog.units().contains(unit)) {
			problems.add("认定表信息中的单位「" + unit + "」不在项目清单中");
			return new ReturnReading(CertificationLayout.KIND, unit.isEmpty() ? "未识别" : unit, folder, null,
					problems);
		}
		if (!Integer.toString(catalog.year()).equals(info.get("年度"))) {
			problems.add("认定表年度「" + info.get("年度") + "」与项目清单的年度（" + catalog.year() + " 年）不一致");
		}
		List<CertifiedFigure> read = new ArrayList<>();
		Sheet sheet = workbook.getSheet(CertificationLayout.SHEET);
		if (sheet == null) {
			problems.add("缺少工作表「" + CertificationLayout.SHEET + "」");
		}
		else {
			new Table(sheet, unit, catalog, problems, read).read();
		}
		this.figures.store(submissionId, catalog.year(), problems.isEmpty() ? read : List.of(),
				LocalDateTime.now(this.clock));
		long differing = read.stream()
			.filter((f) -> f.reported() == null || f.certified().compareTo(f.reported()) != 0)
			.count();
		String summary = CertificationLayout.KIND + "（" + unit + "，" + catalog.year() + " 年）：认定 " + read.size()
				+ " 项" + (differing == 0 ? "，均与报送数一致" : "，其中 " + differing + " 项与报送数不同");
		return new ReturnReading(CertificationLayout.KIND, unit, folder, summary, problems);
	}

	private static Map<String, String> info(Workbook workbook) {
		Map<String, String> info = new HashMap<>();
		Sheet sheet = workbook.getSheet(CertificationLayout.INFO_SHEET);
		if (sheet == null) {
			return info;
		}
		DataFormatter formatter = new DataFormatter();
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(1) != null) {
				info.put(formatter.formatCellValue(row.getCell(0)).strip(),
						formatter.formatCellValue(row.getCell(1)).strip());
			}
		}
		return info;
	}

	/** The table of a return, read by its headers. */
	private record Table(Sheet sheet, String unit, Catalog catalog, List<String> problems,
			List<CertifiedFigure> figures) {

		void read() {
			DataFormatter formatter = new DataFormatter();
			Row header = this.sheet.getRow(1);
			Map<String, Integer> columns = new HashMap<>();
			if (header != null) {
				header.forEach((c) -> columns.put(formatter.formatCellValue(c).strip(), c.getColumnIndex()));
			}
			for (String needed : List.of(CertificationLayout.CODE, CertificationLayout.CERTIFIED)) {
				if (!columns.containsKey(needed)) {
					this.problems.add(CertificationLayout.SHEET + " 第2行缺少「" + needed + "」列");
					return;
				}
			}
			Set<String> seen = new LinkedHashSet<>();
			for (int r = 2; r <= this.sheet.getLastRowNum(); r++) {
				Row row = this.sheet.getRow(r);
				String code = text(formatter, row, columns.get(CertificationLayout.CODE));
				if (!code.matches("[A-Z]\\d{2}-\\d+")) {
					continue; // notes and signature lines under the table
				}
				line(formatter, row, columns, code, seen);
			}
			for (Indicator indicator : this.catalog.indicatorsOf(this.unit)) {
				if (!seen.contains(indicator.code())) {
					this.problems.add("缺少本单位指标 " + indicator.code() + "（" + indicator.name() + "）");
				}
			}
		}

		private void line(DataFormatter formatter, Row row, Map<String, Integer> columns, String code,
				Set<String> seen) {
			String codeCell = cell(row.getRowNum(), columns.get(CertificationLayout.CODE));
			Optional<Indicator> indicator = this.catalog.find(code);
			if (indicator.isEmpty()) {
				this.problems.add(codeCell + " 项目编码「" + code + "」不在项目清单中");
				return;
			}
			if (!indicator.get().responsibleUnit().equals(this.unit)) {
				this.problems.add(codeCell + " 项目编码「" + code + "」由" + indicator.get().responsibleUnit() + "负责，不属于本单位");
				return;
			}
			if (!seen.add(code)) {
				this.problems.add(codeCell + " 项目编码「" + code + "」重复");
				return;
			}
			Integer certifiedColumn = columns.get(CertificationLayout.CERTIFIED);
			String certifiedCell = cell(row.getRowNum(), certifiedColumn);
			BigDecimal certified = number(row, certifiedColumn, formatter);
			if (certified == null) {
				String text = text(formatter, row, certifiedColumn);
				this.problems.add(certifiedCell + (text.isEmpty() ? " 认定数未填写" : " 认定数「" + text + "」应为数字"));
				return;
			}
			if (certified.signum() < 0) {
				this.problems.add(certifiedCell + " 认定数不能为负数");
				return;
			}
			Integer reportedColumn = columns.get(CertificationLayout.REPORTED);
			BigDecimal reported = reportedColumn == null ? null : number(row, reportedColumn, formatter);
			Integer remarksColumn = columns.get(CertificationLayout.REMARKS);
			String remarks = remarksColumn == null ? "" : text(formatter, row, remarksColumn);
			this.figures.add(new CertifiedFigure(this.unit, code, row.getRowNum() + 1, reported, certified,
					remarks.isEmpty() ? null : remarks));
		}

		private static String cell(int rowIndex, int column) {
			return CertificationLayout.SHEET + "!" + new CellReference(rowIndex, column).formatAsString(false);
		}

		private static String text(DataFormatter formatter, Row row, Integer column) {
			Cell cell = row == null || column == null ? null : row.getCell(column);
			return cell == null ? "" : formatter.formatCellValue(cell).strip();
		}

		private static BigDecimal number(Row row, int column, DataFormatter formatter) {
			Cell cell = row.getCell(column);
			if (cell == null) {
				return null;
			}
			if (cell.getCellType() == CellType.NUMERIC) {
				return BigDecimal.valueOf(cell.getNumericCellValue());
			}
			String text = formatter.formatCellValue(cell).replace(",", "").replace("，", "").strip();
			try {
				return text.isEmpty() ? null : new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
