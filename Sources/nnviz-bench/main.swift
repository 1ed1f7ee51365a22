if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "regions" {
    runRegionsBenchmark(Array(CommandLine.arguments.dropFirst(2)))
} else {
    print("nnviz-bench: benchmarks come with the engine issue")
}
