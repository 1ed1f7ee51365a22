// swift-tools-version:6.1
import PackageDescription

/// nnviz: see small neural networks. Targets follow docs/DESIGN.md §2; dependencies point one way.
let package = Package(
    name: "nnviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nnviz", targets: ["nnviz"]),
        .executable(name: "nnviz-bench", targets: ["nnviz-bench"]),
        // For Fuzz/ (the libFuzzer target of the model-file and CSV decoders, built by scripts/fuzz.sh).
        .library(name: "NNVizEngine", targets: ["NNVizEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),  // matches the committed onnx.pb.swift
    ],
    targets: [
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .target(name: "NNVizFormat", exclude: ["README.md"]),
        .target(name: "NNVizEngine", dependencies: ["NNVizFormat", "CBLAS", .product(name: "Yams", package: "Yams"),
                                                   .product(name: "CSV", package: "CSV.swift")], exclude: ["README.md"]),
        .target(name: "NNVizAnalysis", dependencies: ["NNVizEngine"], exclude: ["README.md"]),
        .target(name: "NNVizONNX", dependencies: ["NNVizEngine", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
                exclude: ["README.md"]),
        .target(name: "NNVizScene", dependencies: ["NNVizFormat"], exclude: ["README.md"]),
        .target(name: "NNVizSVG", dependencies: ["NNVizScene"], exclude: ["README.md"]),
        .target(name: "NNVizCairo", dependencies: ["NNVizScene", "CCairo"], exclude: ["README.md"]),
        .target(name: "NNVizFigures", dependencies: ["NNVizFormat", "NNVizEngine", "NNVizAnalysis", "NNVizScene"], exclude: ["README.md"]),
        .target(name: "NNVizReport",
                dependencies: ["NNVizEngine", "NNVizAnalysis", "NNVizFigures", "NNVizFormat", "NNVizScene", "NNVizSVG",
                               "NNVizCairo", .product(name: "Plot", package: "Plot")],
                exclude: ["Assets", "README.md"]),  // CSS/JS are embedded as literals (scripts/embed-assets.sh)
        .target(name: "NNVizCLI", dependencies: [
            "NNVizEngine", "NNVizAnalysis", "NNVizFigures", "NNVizReport", "NNVizONNX",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["README.md"]),
        .executableTarget(name: "nnviz", dependencies: ["NNVizCLI"]),
        .executableTarget(name: "nnviz-bench", dependencies: ["NNVizEngine", "NNVizAnalysis"]),

        .target(name: "NNVizTestSupport", dependencies: ["NNVizEngine"], path: "Tests/NNVizTestSupport"),
        .testTarget(name: "NNVizEngineTests", dependencies: ["NNVizEngine", "NNVizTestSupport"]),
        .testTarget(name: "NNVizAnalysisTests", dependencies: ["NNVizAnalysis", "NNVizEngine", "NNVizTestSupport"]),
        .testTarget(name: "NNVizONNXTests", dependencies: ["NNVizONNX", "NNVizEngine", "NNVizTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "NNVizSceneTests", dependencies: ["NNVizScene"]),
        .testTarget(name: "NNVizSVGTests", dependencies: ["NNVizSVG", "NNVizScene", "NNVizTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "NNVizCairoTests", dependencies: ["NNVizCairo", "NNVizScene", "CCairo"]),
        .testTarget(name: "NNVizFiguresTests",
                    dependencies: ["NNVizFigures", "NNVizAnalysis", "NNVizEngine", "NNVizScene", "NNVizSVG",
                                   "NNVizTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "NNVizReportTests",
                    dependencies: ["NNVizReport", "NNVizAnalysis", "NNVizEngine", "NNVizFigures", "NNVizTestSupport"]),
        .testTarget(name: "NNVizCLITests", dependencies: [
            "NNVizCLI", "NNVizAnalysis", "NNVizEngine", "NNVizFigures", "NNVizTestSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ]
)
