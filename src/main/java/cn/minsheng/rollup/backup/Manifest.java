package cn.minsheng.rollup.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.minsheng.rollup.intake.FileDigest;

/**
 * A snapshot's list of its files with their SHA-256, in the format of {@code sha256sum} ({@code SHA256SUMS}), so
 * that {@code sha256sum -c SHA256SUMS} checks a copy on any server, and {@code restore} checks it before using it.
 */
final class Manifest {

	static final String FILE = "SHA256SUMS";

	private Manifest() {
	}

	/** Lists every file under {@code root} but the manifest itself. */
	static int write(Path root) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = relative(root, file);
				if (!name.equals(FILE)) {
					lines.add(FileDigest.sha256(file) + "  " + name);
				}
			}
		}
		Files.write(root.resolve(FILE), lines, StandardCharsets.UTF_8);
		return lines.size();
	}

	/**
	 * Checks every listed file against its checksum.
	 * @return the problems, in Chinese; empty when the snapshot is whole
	 */
	static List<String> verify(Path root) throws IOException {
		Path manifest = root.resolve(FILE);
		if (!Files.isRegularFile(manifest)) {
			return List.of("备份中没有清单文件 " + FILE + "：这不是本程序做的备份，或备份不完整");
		}
		List<String> problems = new ArrayList<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			int gap = line.indexOf("  ");
			if (gap != 64) {
				problems.add("清单中有一行格式不对：" + line);
				continue;
			}
			Path file = root.resolve(line.substring(gap + 2));
			if (!Files.isRegularFile(file)) {
				problems.add("缺少文件 " + line.substring(gap + 2));
			}
			else if (!FileDigest.sha256(file).equals(line.substring(0, gap))) {
				problems.add("文件内容与清单不符（已损坏或被改动）：" + line.substring(gap + 2));
			}
		}
		return problems;
	}

	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

}
