package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Loads the year's catalog from the workbook the office edits ({@code .xlsx}/{@code .xls}) or from a CSV file
 * (UTF-8, with or without BOM), and checks it.
 */
public final class CatalogLoader {

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

	/**
	 * Loads and checks the catalog.
	 * @param file the catalog file; its name should start with the year, e.g. {@code 2023-项目清单.xlsx}
	 * @param defaultYear the year used when the file name carries none
	 * @throws CatalogException with a Chinese message naming each bad row and column
	 */
	public Catalog load(Path file, int defaultYear) {
		String name = file.getFileName().toString();
		List<List<String>> rows;
		try {
			rows = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file) : readWorkbook(file);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CatalogException catalogException) {
				throw catalogException;
			}
			throw new CatalogException(name,
					List.of(new CatalogProblem(0, null, "无法读取文件（" + ex.getClass().getSimpleName() + "）："
							+ "请确认文件存在、未加密，并为 .xlsx、.xls 或 .csv 格式")));
		}
		return new CatalogParser(name).parse(yearOf(name, defaultYear), rows);
	}

	static int yearOf(String fileName, int defaultYear) {
		Matcher matcher = YEAR.matcher(fileName);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : defaultYear;
	}

	/**
	 * Reads CSV as Excel writes it (quoted fields); a hand-written file whose quotes are literal text, such as
	 * {@code "湘易办"超级服务端推广应用}, is not valid quoted CSV and is read again with quotes taken as text.
	 */
	private static List<List<String>> readCsv(Path file) throws IOException {
		try {
			return readCsv(file, CSVFormat.DEFAULT);
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			return readCsv(file, CSVFormat.DEFAULT.builder().setQuote(null).get());
		}
	}

	private static List<List<String>> readCsv(Path file, CSVFormat format) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				rows.add(record.stream().map((v) -> v == null ? "" : v).toList());
			}
		}
		return rows;
	}

	/** An .xlsx is streamed; an .xls, or an .xlsx using more than plain values, goes through the user model. */
	private static List<List<String>> readWorkbook(Path file) throws IOException {
		if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
			Optional<List<List<String>>> streamed = XlsxCatalogReader.read(file);
			if (streamed.isPresent()) {
				return streamed.get();
			}
		}
		return readWithUserModel(file);
	}

	/** Every cell as the user model's {@link DataFormatter} shows it: the reference the streamed reading matches. */
	static List<List<String>> readWithUserModel(Path file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.CHINA);
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> values = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
					}
				}
				rows.add(values);
			}
		}
		return rows;
	}

}
