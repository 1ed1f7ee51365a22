import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The model's data points as markers: class colour and class shape (grayscale-safe: classes differ by shape,
/// not by colour alone) when the targets are classes, dark dots otherwise. Test points (`testInputs`) are drawn
/// hollow (background fill, class-coloured outline) in the same shapes.
enum DataMarks {
    /// Class indices of the targets when they look like classes (classifier, or every target a small
    /// non-negative integer with at most 8 distinct values), else nil.
    static func classes(_ model: Model) -> [Int]? {
        guard let data = model.data, data.count > 0 else { return nil }
        return classes(of: data.targets, model: model)
    }

    static func classes(of targets: [Double], model: Model) -> [Int]? {
        guard let all = model.data.map({ $0.targets + $0.testTargets }), !all.isEmpty else { return nil }
        let integral = all.allSatisfy { $0 >= 0 && $0 < 8 && $0 == $0.rounded() }
        guard integral, model.network.isClassifier || Set(all).count <= 8 else { return nil }
        return targets.map { Int($0) }
    }

    /// The marker radius for `count` points at the theme's size.
    static func radius(count: Int, theme: FigureTheme) -> Double {
        theme.type.label * (count > 100 ? 0.36 : 0.5)
    }

    /// The 2-D points to draw: training points, then (with `test`) the test split, each with its class.
    static func points2D(_ model: Model, test: Bool) -> [(x: Point2, target: Double, cls: Int?, isTest: Bool)] {
        guard let data = model.data, data.inputs.columns == 2 else { return [] }
        let trainClasses = classes(of: data.targets, model: model), testClasses = classes(of: data.testTargets, model: model)
        var out = (0..<data.count).map { i in
            (Point2(data.inputs[i, 0], data.inputs[i, 1]), data.targets[i], trainClasses?[i], false)
        }
        if test && data.testInputs.columns == 2 {
            out += (0..<min(data.testInputs.rows, data.testTargets.count)).map { i in
                (Point2(data.testInputs[i, 0], data.testInputs[i, 1]), data.testTargets[i], testClasses?[i], true)
            }
        }
        return out
    }

    /// Markers for every training point (and test point with `test`) of a 2-D model, placed by `plane`.
    static func nodes2D(_ model: Model, plane: InputPlane, theme: FigureTheme, test: Bool = false) -> [Node] {
        let points = points2D(model, test: test)
        let marks = SliceMarks.pointNodes(model, plane: plane, theme: theme)
        guard !points.isEmpty else { return marks }
        let r = radius(count: points.count, theme: theme)
        let distances = SliceMarks.distances(model, test: test)
        let farthest = distances?.max() ?? 0
        let nodes = points.enumerated().map { i, p in
            let d = distances.flatMap { i < $0.count ? $0[i] : nil }
            let node = marker(at: plane.point(p.x), classIndex: p.cls, radius: r, theme: theme, hollow: p.isTest,
                              tooltip: "\(p.isTest ? "test " : "")(\(LabelFormat.short(p.x.x)), \(LabelFormat.short(p.x.y))) → " +
                                  LabelFormat.short(p.target) + (d.map { ", \(LabelFormat.short($0)) from the plane" } ?? ""))
            return faded(node, opacity: SliceMarks.opacity(distance: d, maximum: farthest))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["data"])))] + marks
    }

    /// `node` with its fill and stroke colours at `opacity` (1: unchanged).
    static func faded(_ node: Node, opacity: Double) -> Node {
        guard opacity < 1, case .path(var p) = node else { return node }
        p.fill = p.fill.map { $0.withAlpha($0.alpha * opacity) }
        if var s = p.stroke { s.color = s.color.withAlpha(s.color.alpha * opacity); p.stroke = s }
        return .path(p)
    }

    /// The boxes the 2-D markers occupy (obstacles for labels).
    static func rects2D(_ model: Model, plane: InputPlane, theme: FigureTheme, test: Bool = false) -> [Rect] {
        let points = points2D(model, test: test)
        let r = radius(count: points.count, theme: theme) * 1.3 + 1
        return points.map { p in
            let c = plane.point(p.x)
            return Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r)
        } + SliceMarks.rects(model, plane: plane, theme: theme)
    }

    /// One marker: the class's shape and colour with a dark outline (hollow: background fill, class-coloured
    /// outline), or a dark dot (hollow: a ring).
    static func marker(at p: Point, classIndex: Int?, radius: Double, theme: FigureTheme, hollow: Bool = false,
                       tooltip: String? = nil) -> Node {
        var classes = classIndex.map { ["point", "class-\($0)"] } ?? ["point"]
        if hollow { classes.append("test") }
        let info = NodeInfo(classes: classes, tooltip: tooltip)
        let width = theme.stroke(1)
        guard let c = classIndex else {
            return .path(PathNode(path: .circle(center: p, radius: radius * 0.8), fill: hollow ? theme.background : theme.text,
                                  stroke: Stroke(color: hollow ? theme.text : theme.background, width: width), info: info))
        }
        let color = CategoricalPalette.classColor(c)
        return .path(PathNode(path: MarkerShape.forClass(c).path(center: p, radius: radius),
                              fill: hollow ? theme.background : color,
                              stroke: Stroke(color: hollow ? color : theme.text, width: hollow ? 1.6 * width : width), info: info))
    }

    /// Legend entries (label, class) for the classes present.
    static func legendClasses(_ model: Model) -> [Int] {
        guard let data = model.data else { return [] }
        return Array(Set((classes(of: data.targets, model: model) ?? []) + (classes(of: data.testTargets, model: model) ?? []))).sorted()
    }

    /// True when the model has test points in `dimension` inputs.
    static func hasTestPoints(_ model: Model) -> Bool {
        guard let data = model.data else { return false }
        return data.testInputs.rows > 0 && !data.testTargets.isEmpty
    }
}
