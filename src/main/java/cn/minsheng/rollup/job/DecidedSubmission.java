package cn.minsheng.rollup.job;

import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.Submission;

/**
 * A registered file with the decision taken on it, on its way to the ledger.
 */
public record DecidedSubmission(Submission submission, Decision decision) {
}
