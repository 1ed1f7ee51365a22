import NNVizScene

/// What a reader would trip over in a figure at its print size: text under the minimum size, text boxes that
/// overlap, text that leaves the canvas. Tests assert that every built-in figure has none at every size.
///
/// Text boxes come from the DejaVu metrics (`TextMetrics.bounds`), transformed by the enclosing groups.
public enum Legibility {
    /// One problem, in words (naming the text).
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Every text node of `scene` with its canvas box and font size.
    public static func texts(_ scene: Scene) -> [(text: String, box: Rect, size: Double)] {
        var out: [(String, Rect, Double)] = []
        func walk(_ nodes: [Node], _ t: AffineTransform) {
            for node in nodes {
                switch node {
                case .group(let g): walk(g.children, g.transform.map { t.concatenating($0) } ?? t)
                case .text(let text):
                    guard !text.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                    let b = TextMetrics.bounds(of: text)
                    let corners = [Point(b.minX, b.minY), Point(b.maxX, b.minY), Point(b.maxX, b.maxY), Point(b.minX, b.maxY)]
                        .map { t.apply($0) }
                    let xs = corners.map(\.x), ys = corners.map(\.y)
                    let box = Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
                    out.append((text.text, box, text.font.size * t.scaleFactor))
                case .path, .raster: continue
                }
            }
        }
        walk(scene.nodes, .identity)
        return out
    }

    /// The problems of `scene` when printed with 1 canvas unit = 1 pt; `tolerance` (pt) forgives overlaps of
    /// glyph boxes' empty corners.
    public static func problems(_ scene: Scene, minimumSize: Double, tolerance: Double = 0.5) -> [Problem] {
        let texts = texts(scene)
        var problems: [Problem] = []
        for t in texts where t.size < minimumSize - 1e-9 {
            problems.append(Problem(description: "'\(t.text)' is \(t.size) pt, under \(minimumSize) pt"))
        }
        let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height).insetBy(-tolerance)
        for t in texts where !(canvas.contains(t.box)) {
            problems.append(Problem(description: "'\(t.text)' leaves the canvas"))
        }
        for i in texts.indices {
            for j in texts.indices where j > i {
                let a = texts[i].box.insetBy(tolerance), b = texts[j].box.insetBy(tolerance)
                if a.intersects(b) {
                    problems.append(Problem(description: "'\(texts[i].text)' overlaps '\(texts[j].text)'"))
                }
            }
        }
        return problems
    }
}
