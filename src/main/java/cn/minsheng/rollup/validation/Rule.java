package cn.minsheng.rollup.validation;

import static cn.minsheng.rollup.validation.Severity.ERROR;
import static cn.minsheng.rollup.validation.Severity.WARNING;

/**
 * The catalogue of checks made on a unit's form; each code is stable and is what the ledger and the feedback quote.
 * V1xx concern the file as a whole, V2xx the values of a row (errors), V3xx the consistency of a row (warnings),
 * V4xx the footer, V5xx the sheet 项目分布清单.
 */
public enum Rule {

	REQUIRED_COLUMN_MISSING("V101", ERROR, "缺少必需的列",
			"月报表缺少「项目编码」「本月完成」「累计完成」「项目状态」中的某一列，无法读取各指标的进展。"),
	PERIOD_MISMATCH("V102", ERROR, "报送月份不符",
			"表单信息或表头「报送月份」中的月份与本次识别的报送月份不一致。"),
	PERIOD_CONTRADICTION("V103", ERROR, "报送月份前后矛盾",
			"隐藏的表单信息与表头「报送月份」写的是不同的月份。"),
	PERIOD_IN_FUTURE("V104", ERROR, "报送月份尚未到来",
			"报送月份的第一天晚于系统处理日期；以往月份的补报不受影响。"),
	OPTIONAL_COLUMN_MISSING("V105", WARNING, "缺少可选的列",
			"月报表中没有找到单位应填的可选列（累计到位资金、累计完成投资、线上验收、线下验收、开工日期、完工日期、存在问题、"
					+ "下步措施）之一：照常接收，该列各行按未填写计入；如表中有此列，请使用模板的列标题。"),
	OTHER_FORM_SET_ASIDE("V106", WARNING, "工作簿中另有月报表",
			"工作簿中除读取的月报表外，还有工作表也是月报表（如留在旁边的上月的表、表的副本）：按填报单位和报送月份与隐藏的表单信息、"
					+ "文件名、所在文件夹一致的那份读取，其他的不读取并在此列出。另一工作表是其他单位的月报表、晚于本月的月报表、"
					+ "或与读取的那份月份相同而数字不同时，整个文件退回（「一个文件中有多份月报表」），原因中列出各工作表写的单位和月份。"),

	REQUIRED_VALUE_MISSING("V201", ERROR, "必填项未填写",
			"每行须有项目编码；累计数量类指标须填写本月完成、累计完成和项目状态（累计完成为 0 或与上月相同时本月完成可空；"
					+ "有上月已审核的累计完成时本月完成也可空，按 累计完成 − 上月 计入，1 月份按累计完成计入）；"
					+ "标准值类指标须在累计完成中填写当前标准；里程碑类指标须填写累计完成（0 或 1）或项目状态。"),
	NOT_A_NUMBER("V202", ERROR, "不是数字",
			"本月完成、累计完成、完成率、累计到位资金、累计完成投资填写了无法识别为数字的内容，如“约120”“已开工”。"),
	NOT_A_DATE("V203", ERROR, "不是日期", "开工日期、完工日期填写了无法识别为日期的内容。"),
	NOT_A_CHOICE("V204", ERROR, "不是允许的选项",
			"项目状态须为 未开工、在建、已完工、已验收 之一；线上验收、线下验收须为 是 或 否。"),
	NEGATIVE_NUMBER("V205", ERROR, "数字为负数", "本月完成、累计完成、完成率和资金不能为负数。"),
	UNKNOWN_CODE("V206", ERROR, "项目编码不在清单中", "项目编码不是本年度项目清单中的编码。"),
	CODE_OF_OTHER_UNIT("V207", ERROR, "编码属于其他单位", "该项目编码在清单中由其他单位负责，不应出现在本单位的报表中。"),
	DUPLICATE_CODE("V208", ERROR, "项目编码重复", "同一项目编码在月报表中出现了不止一行。"),
	INDICATOR_MISSING("V209", ERROR, "缺少本单位指标", "清单中由本单位负责的指标在月报表中没有对应的行。"),
	CUMULATIVE_BELOW_PRIOR("V210", ERROR, "累计完成小于上月", "累计完成小于本年度此前已通过审核的累计完成，累计数不应减少。"),
	FORMULA_WITHOUT_RESULT("V211", ERROR, "公式没有计算结果",
			"月报表（含表头的填报单位、报送月份和表尾）或项目分布清单中的单元格是公式，但文件中没有保存计算结果（多见于程序生成或部分软件导出的文件），"
					+ "系统也无法代为计算；请在 Excel 或 WPS 中打开、保存后重新报送。系统能计算的公式照常读取。"),
	REPEATED_COLUMN_CONFLICT("V212", ERROR, "同名列填写不一致",
			"月报表中有两列标题相同（如单位自己插入了一列「累计完成」），同一行两格填写的数字或选项不同，无法判断以哪格为准。"
					+ "同名的文字列（如两列「备注」）合并读取，只有一格填写时取该格。"),
	MERGED_FIGURE("V213", ERROR, "数字格跨行合并",
			"单位填写的数字、选项或日期所在单元格跨多行合并，无法确定属于哪一行；请取消合并，每行分别填写。"
					+ "跨行合并的文字格（如「存在问题」）读作其覆盖的每一行都填写了该文字。"),

	MONTH_NOT_DIFFERENCE("V301", WARNING, "本月完成与累计不符",
			"累计数量类指标的本月完成不等于 累计完成 − 上月已审核的累计完成（1 月份应等于累计完成；上月没有已审核数据的其他月份"
					+ "不核对，不拿更早的月份代替；相差 0.01 以内不提示）。"),
	FAR_ABOVE_TARGET("V302", WARNING, "大幅超过年度目标", "累计数量类指标的累计完成超过年度目标的 150%，请核实是否填错。"),
	INVESTMENT_ABOVE_FUNDS("V303", WARNING, "完成投资超过到位资金", "累计完成投资大于累计到位资金。"),
	FUNDS_ABOVE_PLAN("V304", WARNING, "到位资金超过计划投资", "累计到位资金大于项目清单中的计划投资。"),
	FINISHED_BUT_INCOMPLETE("V305", WARNING, "已完工但未完成目标", "项目状态为已完工或已验收，但完成率不足 100%。"),
	NOT_STARTED_WITH_PROGRESS("V306", WARNING, "未开工却有进度", "项目状态为未开工，但累计完成大于 0。"),
	ACCEPTED_BEFORE_DONE("V307", WARNING, "未完工却已验收", "线上验收或线下验收为“是”，但项目状态不是已完工、已验收，或完成率不足 100%。"),
	FINISH_BEFORE_START("V308", WARNING, "完工早于开工", "完工日期早于开工日期。"),
	DATE_OUTSIDE_YEAR("V309", WARNING, "日期不在本年度", "开工日期或完工日期不在报送年度内（续办项目的开工日期可早于本年度）。"),
	FINISH_AFTER_PERIOD("V310", WARNING, "完工日期晚于报送月份", "完工日期晚于报送月份的最后一天。"),
	BELOW_STANDARD("V311", WARNING, "未达到标准", "标准值类指标填写的当前标准低于项目清单中的标准。"),
	MILESTONE_NOT_BINARY("V312", WARNING, "里程碑应填 0 或 1", "里程碑类指标的累计完成应为 0（未达到）或 1（已达到）。"),
	RATE_MISMATCH("V313", WARNING, "完成率与计算不符", "填写的完成率与 累计完成 ÷ 年度目标 相差超过 1 个百分点。"),
	CUMULATIVE_ABOVE_LATER("V314", WARNING, "累计完成大于以后月份",
			"更正以往月份的报表时，累计完成大于此后月份已审核的累计完成；请核实此后月份的报表是否也需要更正。"),

	REPORTER_MISSING("V401", WARNING, "未填写填报人", "表尾「填报人」未填写。"),
	PHONE_INVALID("V402", WARNING, "联系电话缺失或无效",
			"表尾「联系电话」未填写，或不是 11 位手机号码或固定电话（如 0731-12345678、57812345）。"),
	FILL_DATE_INVALID("V403", WARNING, "填报日期有误", "表尾「填报日期」无法识别为日期，或晚于系统处理日期。"),

	DISTRIBUTION_QUANTITY_NOT_NUMBER("V501", ERROR, "分布清单数量不是数字", "项目分布清单的「数量」须为不小于 0 的数字。"),
	DISTRIBUTION_UNKNOWN_CODE("V502", ERROR, "分布清单编码有误", "项目分布清单的项目编码未填写，或不是本年度项目清单中的编码。"),
	DISTRIBUTION_CODE_OF_OTHER_UNIT("V503", ERROR, "分布清单编码属于其他单位", "项目分布清单中的项目编码由其他单位负责。"),
	DISTRIBUTION_TOTAL_MISMATCH("V504", WARNING, "分布清单合计与累计不符",
			"累计数量类指标在项目分布清单中的数量合计与月报表中的累计完成不一致（只核对有分布清单行的编码；相差 0.01 以内不提示）。"),
	DISTRIBUTION_DATE_OUTSIDE_YEAR("V505", WARNING, "分布清单完成日期不在本年度", "项目分布清单的完成日期不在报送年度内。"),
	DISTRIBUTION_DATE_UNREADABLE("V506", WARNING, "分布清单完成日期无法识别", "项目分布清单的完成日期无法识别为日期。");

	private final String code;

	private final Severity severity;

	private final String title;

	private final String description;

	Rule(String code, Severity severity, String title, String description) {
		this.code = code;
		this.severity = severity;
		this.title = title;
		this.description = description;
	}

	public String code() {
		return this.code;
	}

	public Severity severity() {
		return this.severity;
	}

	/** A short Chinese title, e.g. 不是数字. */
	public String title() {
		return this.title;
	}

	/** One Chinese sentence saying when the rule fires. */
	public String description() {
		return this.description;
	}

	/** A violation of this rule at a cell ({@code cellRef} may be empty). */
	public Violation at(String sheet, String cellRef, String message) {
		return new Violation(this.code, this.severity, sheet, cellRef, message);
	}

}
