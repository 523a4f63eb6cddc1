package cn.minsheng.rollup.system;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Whether Java can name the office's files: it encodes file names in the encoding of the locale the program was
 * started under ({@code LANG}, {@code LC_ALL}), and without a UTF-8 locale (cron, many service units, a minimal
 * server) a Chinese file name such as {@code 2023-项目清单.xlsx} cannot even be written down, so nothing works.
 */
public final class FileNameEncoding {

	/** What the office's file names look like. */
	private static final String SAMPLE = "2023-项目清单.xlsx 县民政局-2023年11月-月报表";

	private FileNameEncoding() {
	}

	/** The Chinese explanation when this process cannot name Chinese files; empty when it can. */
	public static Optional<String> problem() {
		return problem(System.getProperty("sun.jnu.encoding"), System.getProperty("os.name", ""));
	}

	/**
	 * @param encoding the file-name encoding ({@code sun.jnu.encoding}); {@code null} when the JVM does not say
	 * @param os the operating system's name; Windows names files in UTF-16 whatever its code page
	 */
	static Optional<String> problem(String encoding, String os) {
		if (encoding == null || os.startsWith("Windows") || canEncode(encoding)) {
			return Optional.empty();
		}
		return Optional.of("无法运行：系统的文件名编码为 " + encoding + "，不支持中文文件名（项目清单、各单位的报表都用中文命名）。\n"
				+ "请以 UTF-8 环境运行本程序：命令行中先执行 export LANG=C.UTF-8；systemd 服务文件的 [Service] 中加一行 "
				+ "Environment=LANG=C.UTF-8；cron 中在命令前写 LANG=C.UTF-8（见 README「正式部署」）。");
	}

	private static boolean canEncode(String encoding) {
		try {
			return Charset.forName(encoding).newEncoder().canEncode(SAMPLE);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
