package cn.minsheng.rollup.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a text fed piece by piece, so that the key of a province's summary is taken without first building one
 * string of its whole content (that string, copied as it grew, was the largest allocation of a province's night).
 */
final class ContentDigest {

	private final MessageDigest digest;

	ContentDigest() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Adds {@code String.valueOf(piece)}. */
	ContentDigest add(Object piece) {
		this.digest.update(String.valueOf(piece).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Adds a list as its {@code toString()} spells it, one element at a time. */
	ContentDigest addList(List<?> items) {
		add("[");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				add(", ");
			}
			add(items.get(i));
		}
		return add("]");
	}

	String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
