package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;

/**
 * Correct filled forms from the sample generator (the real template), and copies of them with their zip entries
 * changed, duplicated or added, for tests that feed the nightly job damaged and hostile files.
 */
final class FormFiles {

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	static final String UNIT = "县人社局";

	private FormFiles() {
	}

	/** A correct form of {@link #UNIT} for November; different seeds give different figures, hence other bytes. */
	static Path validForm(Path dir, SampleFormat format, long seed) {
		return validForm(dir, UNIT, format, seed);
	}

	static Path validForm(Path dir, String unit, SampleFormat format, long seed) {
		try {
			SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(unit)).withFormat(format).withSeed(seed);
			GeneratedForm form = new SampleMonthGenerator(BundledCatalog.load())
				.generateMonth(spec, NOVEMBER, dir.resolve(unit + "-" + seed + "-" + format)).get(0);
			return form.file();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A form of {@link #UNIT} for November with one deliberate mistake, as units get them wrong. */
	static Path formWithMistake(Path dir, SampleFormat format, SampleMistake mistake) {
		try {
			SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT)).withFormat(format)
				.withMistake(UNIT, mistake);
			return new SampleMonthGenerator(BundledCatalog.load())
				.generateMonth(spec, NOVEMBER, dir.resolve(mistake + "-" + format)).get(0).file();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip entry: its name and its bytes. Names may repeat. */
	record Entry(String name, byte[] bytes) {

		Entry(String name, String text) {
			this(name, text.getBytes(StandardCharsets.UTF_8));
		}

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

	static List<Entry> entries(Path zip) {
		List<Entry> entries = new ArrayList<>();
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntriesInPhysicalOrder())) {
				try (InputStream in = file.getInputStream(entry)) {
					entries.add(new Entry(entry.getName(), in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** Writes the entries as given, duplicates included (java.util.zip would refuse them). */
	static Path zip(Path file, List<Entry> entries) {
		try (OutputStream out = Files.newOutputStream(file);
				ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Entry entry : entries) {
				zip.putArchiveEntry(new ZipArchiveEntry(entry.name()));
				zip.write(entry.bytes());
				zip.closeArchiveEntry();
			}
			zip.finish();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path zip(Path file, Map<String, String> entries) {
		return zip(file, entries.entrySet().stream().map((e) -> new Entry(e.getKey(), e.getValue())).toList());
	}

	/** A copy of an .xlsx with the text of one entry changed. */
	static Path rewrite(Path xlsx, Path file, String entryName, UnaryOperator<String> change) {
		List<Entry> entries = new ArrayList<>(entries(xlsx));
		boolean found = false;
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).name().equals(entryName)) {
				entries.set(i, new Entry(entryName, change.apply(entries.get(i).text())));
				found = true;
			}
		}
		if (!found) {
			throw new IllegalArgumentException("no entry " + entryName + " in " + xlsx);
		}
		return zip(file, entries);
	}

	static String text(Path xlsx, String entryName) {
		return entries(xlsx).stream().filter((e) -> e.name().equals(entryName)).findFirst().orElseThrow().text();
	}

}
