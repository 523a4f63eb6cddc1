#!/usr/bin/env bash
# The performance benchmark; see BENCHMARKS.md for what it measures. Not part of the test run.
#   bench/run.sh                       full workloads (about 10 minutes on 2 cores), appends to BENCHMARKS.md
#   bench/run.sh --reuse               keep the workload files of the last run (same options)
#   bench/run.sh --counties=4 --rows=20000 --repeat=1 --report=none    a quick check of the benchmark itself
# The benchmark's classes (src/bench/java) are compiled beside the tests into target/bench-classes and never packaged:
# they join the office's jar through the launcher's loader.path, with the floor's library (fastexcel-reader, test scope)
# copied to target/bench-lib.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
exec java -Xmx1g -Dfile.encoding=UTF-8 -Dloader.path=target/bench-classes,target/bench-lib \
	-Dloader.main=cn.minsheng.rollup.bench.Benchmark \
	-cp target/minsheng-rollup.jar org.springframework.boot.loader.launch.PropertiesLauncher \
	--command="bench/run.sh $*" "$@"
