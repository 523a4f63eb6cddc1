package cn.minsheng.rollup.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog that cannot be used; the message is Chinese and names every bad row and column.
 */
public class CatalogException extends RuntimeException {

	private final List<CatalogProblem> problems;

	public CatalogException(String source, List<CatalogProblem> problems) {
		super("项目清单「" + source + "」有误，请修改后重新运行：\n"
				+ problems.stream().map((p) -> "  - " + p.describe()).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<CatalogProblem> problems() {
		return this.problems;
	}

}
