package cn.minsheng.rollup.cli;

/**
 * A command line the program cannot act on; the message is Chinese and says what to type instead.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
