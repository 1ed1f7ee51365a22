import Foundation

/// Makes cairo's SVG output deterministic within one process.
///
/// Cairo names SVG elements after process-wide counters (`surface9`, `image13`, …), so the second render of
/// the same scene gets different ids. We renumber each of those id families in order of first appearance,
/// rewriting definitions and references alike. Glyph ids (`glyph0-1`) are per document and left alone.
enum CairoSVGIds {
    static let families = ["surface", "image", "pattern", "clip", "mask", "source", "filter"]

    static func normalise(_ svg: String) -> String {
        let pattern = /\b(surface|image|pattern|clip|mask|source|filter)([0-9]+)\b/
        var renumbered: [String: String] = [:]
        var next: [String: Int] = [:]
        return svg.replacing(pattern) { match in
            let family = String(match.output.1), old = String(match.output.0)
            if let new = renumbered[old] { return new }
            let n = next[family, default: 0]
            next[family] = n + 1
            let new = family + String(n)
            renumbered[old] = new
            return new
        }
    }
}
