package cn.minsheng.rollup.yearend;

import java.time.YearMonth;

/**
 * Where the year's 项目分布清单 of one indicator comes from: the unit's list is cumulative, so the latest accepted
 * month whose list has lines for the indicator holds them all.
 */
record ListSource(String code, long submissionId, YearMonth month, String fileName, int lines) {
}
