package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The floor of the benchmark: the fastest raw parse of the same workbooks, dhatim fastexcel-reader reading every row of
 * every sheet (hidden ones included) of every workbook under a folder, each row's cells with their values and the
 * shared strings resolved, and nothing done with them. Run in its own JVM so it starts as cold as the pipeline;
 * prints {@code rows=N files=N} and {@code startup.seconds}, from the JVM's start to the first workbook opened.
 */
public final class FastexcelRead {

	private FastexcelRead() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> files = Floors.workbooks(Path.of(args[0]));
		Floors.printStartup();
		Count count = new Count();
		for (Path file : files) {
			read(file, count);
		}
		System.out.println("rows=" + count.rows + " cells=" + count.cells + " files=" + files.size());
	}

	static void read(Path file, Count count) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			workbook.getSheets().forEach((sheet) -> read(sheet, count));
		}
	}

	private static void read(Sheet sheet, Count count) {
		try (Stream<Row> rows = sheet.openStream()) {
			rows.forEach(count::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows and cells parsed; each row's cells are touched so none of the parse can be skipped. */
	static final class Count {

		private long rows;

		private long cells;

		void add(Row row) {
			this.rows++;
			this.cells += row.getCellCount();
		}

	}

}
