// swift-tools-version:6.1
import PackageDescription

/// The libFuzzer target of nnviz's model-file and CSV decoders. Built only by scripts/fuzz.sh, with
/// `-sanitize=fuzzer,address` for every Swift module (libFuzzer supplies `main`), in its own `.build-fuzz`.
let package = Package(
    name: "nnviz-fuzz",
    dependencies: [.package(name: "nnviz", path: "..")],
    targets: [
        .target(name: "CFuzzerEntry"),
        .executableTarget(name: "nnviz-fuzz", dependencies: ["CFuzzerEntry", .product(name: "NNVizEngine", package: "nnviz")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
