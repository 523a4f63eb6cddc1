package cn.minsheng.rollup.job;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.ledger.Submission;

/**
 * A pending file with what reading it told, on its way to be decided in file order.
 *
 * @param submission the file, with its attempts as counted for this reading
 * @param analysis {@code null} when the file was not read: refused for its attempts, or the same content as a file
 *     decided before
 */
record AnalyzedSubmission(Submission submission, FormAnalysis analysis) {
}
