// nnviz-bench: performance benchmarks.
//   nnviz-bench training [repeats] [workload]   (see TrainingBench.swift)
//   nnviz-bench regions …                       (see RegionsBenchmark.swift)
//   nnviz-bench loading [repeats]               (see LoadingBench.swift)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "training":
    TrainingBench.run(Array(arguments.dropFirst()))
case "loading":
    LoadingBench.run(Array(arguments.dropFirst()))
case "regions":
    runRegionsBenchmark(Array(arguments.dropFirst()))
default:
    print("usage: nnviz-bench training [repeats] [workload] | nnviz-bench regions … | nnviz-bench loading [repeats]")
}
