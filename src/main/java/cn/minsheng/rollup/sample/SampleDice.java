package cn.minsheng.rollup.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness addressed by keys (unit, code, month…) rather than drawn in sequence, so a month's figures come
 * out the same whichever months, units or counties are generated alongside it.
 */
final class SampleDice {

	private final long seed;

	SampleDice(long seed) {
		this.seed = seed;
	}

	/** A random generator of its own for the keys, for drawing many values (distribution rows). */
	SplittableRandom random(Object... keys) {
		return new SplittableRandom(hash(keys));
	}

	/** Uniform in [0, 1). */
	double unit(Object... keys) {
		return random(keys).nextDouble();
	}

	/** Uniform in [low, high). */
	double between(double low, double high, Object... keys) {
		return low + (high - low) * unit(keys);
	}

	/** Uniform in [0, bound). */
	int below(int bound, Object... keys) {
		return random(keys).nextInt(bound);
	}

	<T> T pick(List<T> values, Object... keys) {
		return values.get(below(values.size(), keys));
	}

	private long hash(Object... keys) {
		// FNV-1a over the keys' text, then the seed mixed in; String.hashCode would collide too easily
		long hash = 0xcbf29ce484222325L;
		for (Object key : keys) {
			for (byte b : String.valueOf(key).getBytes(StandardCharsets.UTF_8)) {
				hash ^= b & 0xff;
				hash *= 0x100000001b3L;
			}
			hash ^= 0x1f;
			hash *= 0x100000001b3L;
		}
		return hash ^ (this.seed * 0x9e3779b97f4a7c15L);
	}

}
