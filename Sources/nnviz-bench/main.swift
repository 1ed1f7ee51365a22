print("nnviz-bench: benchmarks come with the engine issue")
