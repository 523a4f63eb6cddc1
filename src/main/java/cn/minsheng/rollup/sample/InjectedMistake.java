package cn.minsheng.rollup.sample;

/**
 * A mistake as it ended up in a generated file: where to look and what was written.
 *
 * @param sheet the sheet name, e.g. 月报表
 * @param cell the Excel reference, e.g. {@code J5}
 * @param detail in Chinese: what the cell holds and what it should have held
 */
public record InjectedMistake(SampleMistake mistake, String sheet, String cell, String detail) {

	/** One line for a report: {@code 月报表!J5 累计完成小于上月累计…：detail}. */
	public String describe() {
		return this.sheet + "!" + this.cell + " " + this.mistake.description() + "：" + this.detail;
	}

}
