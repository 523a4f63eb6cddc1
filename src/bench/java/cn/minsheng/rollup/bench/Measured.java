package cn.minsheng.rollup.bench;

/**
 * One workload's side-by-side result.
 *
 * @param workload its label, e.g. {@code (a) 省级一个月}
 * @param rows the data rows it holds (see {@link WorkloadFiles#rows()})
 * @param baseline the floor's run
 * @param pipeline the pipeline's run
 * @param pipelineSeconds the pipeline time compared: the whole process unless the workload says otherwise
 * @param baselineSeconds the floor's time compared likewise
 * @param note what the ledger or the output says about the run
 */
record Measured(String workload, long rows, ChildRun baseline, ChildRun pipeline, double baselineSeconds,
		double pipelineSeconds, String note) {

	static Measured wholeProcesses(String workload, long rows, ChildRun baseline, ChildRun pipeline, String note) {
		return new Measured(workload, rows, baseline, pipeline, baseline.wallSeconds(), pipeline.wallSeconds(), note);
	}

	double ratio() {
		return this.pipelineSeconds / this.baselineSeconds;
	}

	double pipelineRowsPerSecond() {
		return this.rows / this.pipelineSeconds;
	}

	double baselineRowsPerSecond() {
		return this.rows / this.baselineSeconds;
	}

}
