package cn.minsheng.rollup.workbook;

/**
 * Carries an exception thrown by the caller's distribution-row consumer out through POI's parsers, so that it
 * reaches the caller unchanged instead of being reported as a damaged file.
 */
final class ConsumerFailure extends RuntimeException {

	ConsumerFailure(RuntimeException cause) {
		super(cause);
	}

	RuntimeException original() {
		return (RuntimeException) getCause();
	}

}
