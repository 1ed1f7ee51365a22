import Foundation
import NNVizFigures
import NNVizSVG

/// Writes figures as SVG into `test-artifacts/figures/` (git-ignored) so a person can look at them.
enum ArtifactWriter {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("test-artifacts/figures")
    }

    static func write(_ figure: Figure, as name: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(SVGWriter.render(figure.scene).utf8).write(to: directory.appendingPathComponent(name + ".svg"))
    }
}
