package cn.minsheng.rollup.job;

import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.ledger.Submission;

/**
 * A decided file with the digest of its original as found before the moves, on its way to be placed.
 */
record OriginalToPlace(Submission submission, FileDigest.Digested digest) {
}
