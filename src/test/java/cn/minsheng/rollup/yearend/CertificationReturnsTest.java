package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.core.task.SyncTaskExecutor;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.intake.ReturnReading;
import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A returned 评估认定表 as intake meets it: recognised only by its name and hidden sheet, checked cell by cell, its
 * figures stored only when it passes.
 */
class CertificationReturnsTest {

	static final String UNIT = "县民政局";

	@TempDir
	Path dir;

	JdbcClient jdbc;

	CertificationReturns returns;

	Catalog catalog;

	Path form;

	@BeforeEach
	void sendTheFormToTheBureau() throws IOException {
		this.jdbc = JdbcClient.create(MemoryLedger.migrated());
		this.jdbc.sql("INSERT INTO submission (id, file_name, source_path, sha256, size_bytes, received_at, "
				+ "picked_up_at, state) VALUES (1, 'f', 'f', 'x', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PENDING')")
			.update();
		CatalogProvider catalogs = new CatalogProvider(RollupProperties.of(this.dir, this.dir, this.dir,
				BundledCatalog.FILE.toAbsolutePath()), new SyncTaskExecutor());
		this.catalog = catalogs.catalog();
		this.returns = new CertificationReturns(catalogs, new CertifiedFigures(this.jdbc,
				RollupProperties.of(this.dir, this.dir, this.dir, BundledCatalog.FILE.toAbsolutePath())), Clock.systemDefaultZone());
		this.form = this.dir.resolve(CertificationLayout.fileName(UNIT, 2023));
		YearFigures nothingReported = new YearFigures(this.catalog, List.of());
		new CertificationFormWriter().write(UNIT, 2023, CertificationFormWriter.lines(nothingReported, UNIT), "认定表",
				LocalDateTime.of(2024, 1, 5, 9, 0), this.form);
	}

	@Test
	void storesTheCertifiedFiguresOfAFilledReturn() throws IOException {
		fill((row, n) -> row.getCell(7).setCellValue(10 + n));

		ReturnReading reading = read(this.form.getFileName().toString()).orElseThrow();

		assertThat(reading.accepted()).as(reading.problems().toString()).isTrue();
		assertThat(reading.unit()).isEqualTo(UNIT);
		assertThat(reading.summary()).contains("认定 " + this.catalog.indicatorsOf(UNIT).size() + " 项");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM certified_figure WHERE submission_id = 1").query(Integer.class)
			.single()).isEqualTo(this.catalog.indicatorsOf(UNIT).size());
	}

	@Test
	void rejectsAReturnWithTextForANumberAndAnotherUnitsCodeNamingTheCells() throws IOException {
		fill((row, n) -> {
			if (n == 0) {
				row.getCell(7).setCellValue("约40");
			}
			else if (n == 1) {
				row.getCell(1).setCellValue("S01-1");
				row.getCell(7).setCellValue(3);
			}
			else {
				row.getCell(7).setCellValue(5);
			}
		});

		ReturnReading reading = read(this.form.getFileName().toString()).orElseThrow();

		assertThat(reading.accepted()).isFalse();
		assertThat(reading.problems()).anySatisfy((p) -> assertThat(p).isEqualTo("评估认定表!H3 认定数「约40」应为数字"))
			.anySatisfy((p) -> assertThat(p).startsWith("评估认定表!B4 项目编码「S01-1」由").endsWith("负责，不属于本单位"))
			.anySatisfy((p) -> assertThat(p).startsWith("缺少本单位指标 "));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM certified_figure").query(Integer.class).single()).isZero();
	}

	@Test
	void aFileNotNamedAsAReturnIsLeftToTheFormReader() throws IOException {
		fill((row, n) -> row.getCell(7).setCellValue(1));
		Path renamed = Files.move(this.form, this.dir.resolve("县民政局-2023-12.xlsx"));

		assertThat(this.returns.read(1, renamed, renamed.getFileName().toString())).isEmpty();
	}

	@Test
	void aWorkbookWithoutTheHiddenSheetIsNotAReturn() throws IOException {
		Path other = this.dir.resolve("认定说明.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
			workbook.createSheet("评估认定表").createRow(0).createCell(0).setCellValue("认定");
			workbook.write(out);
		}

		assertThat(this.returns.read(1, other, "认定说明.xlsx")).isEmpty();
	}

	private Optional<ReturnReading> read(String name) {
		return this.returns.read(1, this.form, name);
	}

	/** Fills the return's indicator rows, the n-th (from 0) by {@code filler}. */
	private void fill(RowFiller filler) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(this.form))) {
			Sheet sheet = workbook.getSheet(CertificationLayout.SHEET);
			int n = 0;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row.getCell(1) != null && row.getCell(1).getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
					filler.fill(row, n++);
				}
			}
			try (OutputStream out = Files.newOutputStream(this.form)) {
				workbook.write(out);
			}
		}
	}

	@FunctionalInterface
	private interface RowFiller {

		void fill(Row row, int n);

	}

}
