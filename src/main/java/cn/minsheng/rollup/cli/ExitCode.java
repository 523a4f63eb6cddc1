package cn.minsheng.rollup.cli;

/**
 * Exit codes a scheduler can act on; documented in the README.
 */
public enum ExitCode {

	/** 成功: the command did what it was asked (files may still have been rejected: that is normal work). */
	OK(0),
	/** 运行失败: the run failed; the next run completes it. */
	RUN_FAILED(1),
	/** 参数或配置有误: unknown command, bad option, broken catalog or configuration. */
	BAD_CONFIGURATION(2),
	/** 已有任务在运行: another run holds the lock; nothing was done. */
	ANOTHER_RUN_ACTIVE(3);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
