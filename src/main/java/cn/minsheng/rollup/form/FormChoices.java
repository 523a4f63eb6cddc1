package cn.minsheng.rollup.form;

import java.util.List;

/**
 * The values the form's drop-down lists offer.
 */
public final class FormChoices {

	public static final String NOT_STARTED = "未开工";

	public static final String IN_PROGRESS = "在建";

	public static final String FINISHED = "已完工";

	public static final String ACCEPTED = "已验收";

	/** 项目状态, in the order of a project's life. */
	public static final List<String> STATUSES = List.of(NOT_STARTED, IN_PROGRESS, FINISHED, ACCEPTED);

	public static final String YES = "是";

	public static final String NO = "否";

	public static final List<String> YES_NO = List.of(YES, NO);

	private FormChoices() {
	}

}
