package cn.minsheng.rollup.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an account of the office's page may do: 查看 reads and downloads, 管理 also uploads files and starts runs.
 */
public enum AccountRole {

	VIEWER("查看"), MANAGER("管理");

	private final String label;

	AccountRole(String label) {
		this.label = label;
	}

	/** The Chinese name, as the {@code account} command takes it and the page shows it. */
	public String label() {
		return this.label;
	}

	/** The role named 查看 or 管理 (or VIEWER, MANAGER). */
	public static Optional<AccountRole> of(String text) {
		return Arrays.stream(values())
			.filter((role) -> role.label.equals(text) || role.name().equalsIgnoreCase(text))
			.findFirst();
	}

}
