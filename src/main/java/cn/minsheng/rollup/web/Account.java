package cn.minsheng.rollup.web;

import java.time.LocalDateTime;

/**
 * One login of the office's page as the ledger keeps it.
 *
 * @param passwordHash the bcrypt hash, never the password
 */
public record Account(String name, String passwordHash, AccountRole role, boolean enabled, LocalDateTime createdAt,
		LocalDateTime changedAt) {

	public Account {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("account name is blank");
		}
	}

}
