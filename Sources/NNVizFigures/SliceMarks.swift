import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// Marks of a plane slice (`plane: {through: [p0, p1, p2]}`) in every 2-D figure: the three defining points as
/// labelled crosses p₀, p₁, p₂, and the data — drawn at their projection onto the plane — faded with their distance
/// to it, so points far from the slice do not pass for points on it.
enum SliceMarks {
    /// Distances up to this share of the largest one keep full opacity; beyond, opacity falls linearly to `faintest`.
    static let nearShare = 0.1
    static let faintest = 0.25

    /// The opacity of a data point at `distance` from the plane (1 when the model is not a slice).
    static func opacity(distance: Double?, maximum: Double) -> Double {
        guard let d = distance, maximum > 0 else { return 1 }
        let near = nearShare * maximum
        guard d > near else { return 1 }
        return max(faintest, 1 - (1 - faintest) * (d - near) / (maximum - near))
    }

    /// The distance to the plane of every point `DataMarks.points2D` draws (training, then test), or nil.
    static func distances(_ model: Model, test: Bool) -> [Double]? {
        guard let view = model.sliceView, view.frame.directions.count == 2 else { return nil }
        return view.dataDistances + (test ? view.testDistances : [])
    }

    /// The defining points' crosses and labels (p₀ at the origin of the plane coordinates).
    static func pointNodes(_ model: Model, plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard let view = model.sliceView, view.frame.directions.count == 2 else { return [] }
        let arm = theme.type.label * 0.55, width = theme.stroke(1.6)
        var nodes: [Node] = []
        for (k, c) in view.pointCoordinates.enumerated() where c.count == 2 {
            let p = plane.point(Point2(c[0], c[1]))
            var cross = Path.line(Point(p.x - arm, p.y - arm), Point(p.x + arm, p.y + arm))
            cross.move(to: Point(p.x - arm, p.y + arm))
            cross.line(to: Point(p.x + arm, p.y - arm))
            let x = view.frame.origin.indices.map { i in
                view.frame.origin[i] + c[0] * view.frame.directions[0][i] + c[1] * view.frame.directions[1][i]
            }
            let info = NodeInfo(classes: ["slice-point"],
                                tooltip: "p\(Notation.sub(k)) = (" + x.map { LabelFormat.short($0) }.joined(separator: ", ") + ")")
            nodes.append(.path(PathNode(path: cross, stroke: Stroke(color: theme.background, width: width * 2.2, cap: .round))))
            nodes.append(.path(PathNode(path: cross, stroke: Stroke(color: theme.text, width: width, cap: .round), info: info)))
            nodes += RegionLines.haloed(TextNode("p" + Notation.sub(k), at: Point(p.x + arm * 1.4, p.y - arm * 1.4),
                                                 font: theme.font(.label, bold: true), color: theme.text, anchor: .start,
                                                 baseline: .alphabetic, info: NodeInfo(classes: ["slice-point-label"])), theme: theme)
        }
        return nodes
    }

    /// The boxes of the crosses and their labels (obstacles for other labels).
    static func rects(_ model: Model, plane: InputPlane, theme: FigureTheme) -> [Rect] {
        pointNodes(model, plane: plane, theme: theme).compactMap { node in
            if case .text(let t) = node { return TextMetrics.bounds(of: t).insetBy(-1) }
            return nil
        }
    }

    /// The caption sentence of a sliced model, empty otherwise.
    static func sentence(_ model: Model) -> String {
        guard let view = model.sliceView, view.frame.directions.count == 2 else { return "" }
        let maximum = (view.dataDistances + view.testDistances).max() ?? 0
        var text = " The input has \(view.fullNetwork.inputCount) dimensions: this is the plane through p₀, p₁, p₂ (crosses), " +
            "with s along p₁ − p₀ and t orthogonal to it, lengths true."
        if maximum > 0 {
            text += " Data are drawn at their projection onto the plane and fade with their distance to it " +
                "(up to \(LabelFormat.short(maximum)))."
        }
        return text
    }
}
