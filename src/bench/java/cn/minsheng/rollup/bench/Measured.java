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
 * @param reference the second reference's run (POI's event API over the same files), {@code null} when not run
 * @param afterStartupRatio pipeline ÷ floor with each one's start-up (to its first file) taken off; NaN when unknown
 */
record Measured(String workload, long rows, ChildRun baseline, ChildRun pipeline, double baselineSeconds,
		double pipelineSeconds, String note, ChildRun reference, double afterStartupRatio) {

	static Measured wholeProcesses(String workload, long rows, ChildRun baseline, ChildRun pipeline, String note) {
		return new Measured(workload, rows, baseline, pipeline, baseline.wallSeconds(), pipeline.wallSeconds(), note,
				null, Double.NaN);
	}

	/** Whole processes, with the second reference and the ratio after start-up. */
	static Measured withReference(String workload, long rows, ChildRun baseline, ChildRun reference,
			ChildRun pipeline, double pipelineStartup, String note) {
		double floorReading = baseline.wallSeconds() - baseline.startupFromLaunch();
		double pipelineWork = pipeline.wallSeconds() - pipelineStartup;
		return new Measured(workload, rows, baseline, pipeline, baseline.wallSeconds(), pipeline.wallSeconds(), note,
				reference, pipelineWork / floorReading);
	}

	double ratio() {
		return this.pipelineSeconds / this.baselineSeconds;
	}

	/** Pipeline ÷ the second reference, end to end; NaN when it was not run. */
	double referenceRatio() {
		return this.reference == null ? Double.NaN : this.pipelineSeconds / this.reference.wallSeconds();
	}

	double pipelineRowsPerSecond() {
		return this.rows / this.pipelineSeconds;
	}

	double baselineRowsPerSecond() {
		return this.rows / this.baselineSeconds;
	}

}
