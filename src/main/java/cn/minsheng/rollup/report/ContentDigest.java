package cn.minsheng.rollup.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a text fed piece by piece, as hex: the content key a written document keeps, so that a night with
 * nothing new leaves it alone. Fed piece by piece, the key of a province's summary is taken without first building
 * one string of its whole content (that string, copied as it grew, was the largest allocation of a province's night).
 */
public final class ContentDigest {

	private final MessageDigest digest;

	public ContentDigest() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Adds {@code String.valueOf(piece)}. */
	public ContentDigest add(Object piece) {
		this.digest.update(String.valueOf(piece).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Adds a list as its {@code toString()} spells it, one element at a time. */
	public ContentDigest addList(List<?> items) {
		add("[");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				add(", ");
			}
			add(items.get(i));
		}
		return add("]");
	}

	public String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
