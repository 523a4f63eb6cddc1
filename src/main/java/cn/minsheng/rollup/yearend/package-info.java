/**
 * The year's end: 年度资金统计, 验收情况 (with the office's acceptance records), the 回头看 review, the statistics
 * bureau's 评估认定 (the forms sent, the returns recognised in the nightly intake, the certified figures stored), the
 * inspection packages (台账资料) and the public documents (完成情况公示, the year's bulletin), all drawn from the ledger
 * under {@code output/yearend/<year>/}. Only {@code cli} and {@code job} use this room.
 */
package cn.minsheng.rollup.yearend;
