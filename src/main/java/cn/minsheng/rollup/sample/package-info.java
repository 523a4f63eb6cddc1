/**
 * Sample returns: monthly forms filled the way the 14 units fill them, for demonstrations, tests and volume runs.
 *
 * <h2>What a sample form is</h2>
 * Each file is the real template of {@link cn.minsheng.rollup.form.FormTemplateWriter} (same sheets, styles, checks,
 * protection and hidden form identity) with its input cells filled, so intake cannot tell it from a unit's return:
 * <ul>
 * <li>累计完成 follows the schedule: {@code target × min(1, month ÷ due month)}, times a factor per unit drawn from
 * 0.6 (lagging) to 1.15 (ahead) and a small one per indicator, with a ±4 % monthly wobble that never lets the
 * cumulative figure fall. Standards (标准值) step up to the target in their due month (two months late in a lagging
 * unit); milestones (里程碑) go from 0 to the target in month {@code due ÷ factor}.</li>
 * <li>本月完成 = this month's 累计完成 − last month's (January: all of it), so months generated separately agree.</li>
 * <li>项目状态: 未开工 at zero, 在建 below target, 已完工 at target, 已验收 for most items two months after
 * completion; 线上验收 是 from the month after completion, 线下验收 是 only when 已验收.</li>
 * <li>Funds: 累计到位资金 ≤ 计划投资 and 累计完成投资 ≤ 累计到位资金 (万元, one decimal); blank where no investment is
 * planned. Construction and key projects carry 开工日期 and 完工日期 within the year, before 填报日期 (the 18th–27th of
 * the month).</li>
 * <li>Items more than 10 points behind schedule (or past due, for standards and milestones) explain 存在问题 and
 * 下步措施; over-achieved items remark 已超额完成年度任务.</li>
 * <li>Footer: the same 填报人 and 分管领导 every month, an 11-digit mobile or a 0731 landline.</li>
 * <li>项目分布清单: rows per counted indicator whose 数量 add up exactly to its 累计完成 (towns of 湘潭县, made-up
 * villages); rows beyond what the figure splits into whole units are planned sites with 数量 0.</li>
 * </ul>
 * Figures depend only on seed, unit, code and month: the same {@link cn.minsheng.rollup.sample.SampleSpec} gives
 * the same files.
 *
 * <h2>Options</h2>
 * {@link cn.minsheng.rollup.sample.SampleSpec}: months; counties (more than one writes {@code <month>/县NN/} folders
 * and names units {@code 县NN-县人社局}: for volume tests only, those units are not in the catalog); units; 项目分布清单
 * rows per form (up to 1,048,575 in {@code .xlsx}, streamed through {@code SXSSFWorkbook} with temporary files
 * removed afterwards; up to 65,535 in {@code .xls}); seed; format per form ({@code .xlsx} or {@code .xls}, the latter
 * built with HSSF with the same layout, checks, protection and hidden sheet); and
 * {@link cn.minsheng.rollup.sample.SampleMistake deliberate mistakes} per unit and month, each reported with the cell
 * it went into ({@link cn.minsheng.rollup.sample.InjectedMistake}). A mistake in 项目分布清单 makes the generator
 * write at least three rows there.
 *
 * <h2>Shipped samples</h2>
 * {@link cn.minsheng.rollup.sample.BundledSampleData} writes {@code input/2023-10} (14 correct forms) and
 * {@code input/2023-11} (13 forms, four with a mistake, one {@code .xls}); a test keeps the committed files equal to
 * its output.
 */
package cn.minsheng.rollup.sample;
