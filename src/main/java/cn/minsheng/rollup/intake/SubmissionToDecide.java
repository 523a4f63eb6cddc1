package cn.minsheng.rollup.intake;

import java.util.function.Supplier;

import cn.minsheng.rollup.ledger.Submission;

/**
 * A registered file handed out to be decided, with its attempt counted, and its analysis: made on demand, or already
 * under way on another thread.
 */
public record SubmissionToDecide(Submission submission, Supplier<FormAnalysis> analysis) {
}
