package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The catalogs of the years side by side, each loaded and checked once per process when first asked for; a broken
 * catalog stops what needs it with the Chinese list of its problems.
 * <p>
 * Each year's catalog is the file in {@code input/catalog/} (or in the configured catalog file's folder) whose name
 * starts with the year, such as {@code 2024-项目清单.xlsx}; the configured file ({@code rollup.catalog-file},
 * {@code --catalog}) wins for its own year. {@code rollup.year} is only the current year: what commands without a
 * month use, and the year of a form whose month names none.
 * <p>
 * The current year's catalog starts loading in the background as soon as this bean exists, while the rest of the
 * application starts on the other core, so the command usually finds it ready. What the command gets is what it got
 * before: a background load whose file has changed since, or that failed, is discarded and the catalog loaded again
 * then, so every problem is reported by the command that needs the catalog.
 */
@Component
public class CatalogProvider {

	private static final Logger log = LoggerFactory.getLogger(CatalogProvider.class);

	private final RollupProperties properties;

	private final CatalogFiles files;

	private final Prefetch prefetch;

	private final Map<Integer, Catalog> loaded = new ConcurrentHashMap<>();

	public CatalogProvider(RollupProperties properties,
			@Qualifier(BackgroundExecutors.CATALOG) TaskExecutor background) {
		this.properties = properties;
		this.files = new CatalogFiles(properties.catalogFile(), properties.year(),
				List.of(properties.inputDir().resolve("catalog"), parentOf(properties.catalogFile())));
		this.prefetch = Prefetch.start(currentFile(), properties.year(), background);
	}

	/** The current year's catalog ({@code rollup.year}). */
	public Catalog catalog() {
		return catalog(this.properties.year());
	}

	/**
	 * The catalog of {@code year}.
	 * @throws CatalogException when it is broken, or there is none, saying which file to put where
	 */
	public Catalog catalog(int year) {
		return find(year).orElseThrow(() -> new CatalogException(year + " 年项目清单",
				List.of(new CatalogProblem(0, null, "没有 " + year + " 年的项目清单：请把该年度的清单（文件名以年份开头，如 " + year
						+ "-项目清单.xlsx）放入 " + this.properties.inputDir().resolve("catalog") + "，或用 --catalog=文件 指定"))));
	}

	/**
	 * The catalog of {@code year}, empty when no file is that year's.
	 * @throws CatalogException when the year's file is broken
	 */
	public Optional<Catalog> find(int year) {
		Catalog known = this.loaded.get(year);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Path> file = this.files.of(year);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		synchronized (this) {
			Catalog catalog = this.loaded.get(year);
			if (catalog == null) {
				catalog = load(file.get(), year);
				log.info("catalog.loaded year={} file={} fingerprint={} counts={}", year, file.get(),
						catalog.fingerprint(), catalog.describeCounts());
				this.loaded.put(year, catalog);
			}
			return Optional.of(catalog);
		}
	}

	/** The years that have a catalog file now, in order. */
	public Set<Integer> years() {
		return this.files.years();
	}

	private Catalog load(Path file, int year) {
		if (this.prefetch != null && year == this.properties.year()) {
			Catalog prefetched = this.prefetch.result(file);
			if (prefetched != null) {
				return prefetched;
			}
		}
		return new CatalogLoader().load(file, year);
	}

	/** The current year's file, for the background load; a problem finding it is reported when it is asked for. */
	private Path currentFile() {
		try {
			return this.files.of(this.properties.year()).orElse(this.properties.catalogFile());
		}
		catch (CatalogException ex) {
			return this.properties.catalogFile();
		}
	}

	private static Path parentOf(Path file) {
		Path parent = file.toAbsolutePath().normalize().getParent();
		return parent == null ? file.toAbsolutePath() : parent;
	}

	/** A background load of the catalog file as it was when the load started. */
	private record Prefetch(Stamp stamp, FutureTask<Catalog> task) {

		static Prefetch start(Path file, int year, TaskExecutor background) {
			Stamp stamp = Stamp.of(file);
			if (stamp == null) {
				return null;
			}
			FutureTask<Catalog> task = new FutureTask<>(() -> new CatalogLoader().load(file, year));
			background.execute(task);
			return new Prefetch(stamp, task);
		}

		/** @return the loaded catalog; null when the load failed or the file has changed since it started */
		Catalog result(Path file) {
			try {
				Catalog loaded = this.task.get();
				return this.stamp.equals(Stamp.of(file)) ? loaded : null;
			}
			catch (ExecutionException ex) {
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

	}

	/** Which file and version a load read: its real path, size and modification time. */
	private record Stamp(Path path, long size, FileTime modified) {

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return attributes.isRegularFile()
						? new Stamp(file.toRealPath(), attributes.size(), attributes.lastModifiedTime()) : null;
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
		}

	}

}
