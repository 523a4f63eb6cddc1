package cn.minsheng.rollup.system;

/**
 * Another run holds the run lock: the command did not run, and the ledger was not opened. The message is the Chinese
 * one the terminal shows; the process exits with 3.
 */
public class AnotherRunActiveException extends RuntimeException {

	/** The exit code of a command that did not run because another one is running. */
	public static final int EXIT_CODE = 3;

	public AnotherRunActiveException(String holder) {
		super("另一个汇总任务正在运行（" + holder + "），本次未运行。请等它结束后再试（可用 status 命令查看）。");
	}

}
