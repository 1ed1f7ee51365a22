import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The model's data points as markers: class colour and class shape (grayscale-safe) when the targets are
/// classes, dark dots otherwise.
enum DataMarks {
    /// Class indices of the targets when they look like classes (classifier, or every target a small
    /// non-negative integer with at most 8 distinct values), else nil.
    static func classes(_ model: Model) -> [Int]? {
        guard let data = model.data, data.count > 0 else { return nil }
        let targets = data.targets
        let integral = targets.allSatisfy { $0 >= 0 && $0 < 8 && $0 == $0.rounded() }
        guard integral, model.network.isClassifier || Set(targets).count <= 8 else { return nil }
        return targets.map { Int($0) }
    }

    /// Markers for every training point of a 2-D model, placed by `plane`.
    static func nodes2D(_ model: Model, plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard let data = model.data, data.inputs.columns == 2 else { return [] }
        let classes = classes(model)
        let radius = data.count > 100 ? 3.2 : 4.5
        var nodes: [Node] = []
        for i in 0..<data.count {
            let p = plane.point(Point2(data.inputs[i, 0], data.inputs[i, 1]))
            nodes.append(marker(at: p, classIndex: classes?[i], radius: radius, theme: theme,
                                tooltip: "(\(LabelFormat.short(data.inputs[i, 0])), \(LabelFormat.short(data.inputs[i, 1]))) → \(LabelFormat.short(data.targets[i]))"))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["data"])))]
    }

    /// The boxes the 2-D markers occupy (obstacles for labels).
    static func rects2D(_ model: Model, plane: InputPlane) -> [Rect] {
        guard let data = model.data, data.inputs.columns == 2 else { return [] }
        let r = (data.count > 100 ? 3.2 : 4.5) + 1
        return (0..<data.count).map { i in
            let p = plane.point(Point2(data.inputs[i, 0], data.inputs[i, 1]))
            return Rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r)
        }
    }

    /// One marker: the class's shape and colour with a background-coloured outline, or a dark dot.
    static func marker(at p: Point, classIndex: Int?, radius: Double, theme: FigureTheme, tooltip: String? = nil) -> Node {
        let info = NodeInfo(classes: classIndex.map { ["point", "class-\($0)"] } ?? ["point"], tooltip: tooltip)
        guard let c = classIndex else {
            return .path(PathNode(path: .circle(center: p, radius: radius * 0.8), fill: theme.text,
                                  stroke: Stroke(color: theme.background, width: 1), info: info))
        }
        return .path(PathNode(path: MarkerShape.forClass(c).path(center: p, radius: radius),
                              fill: CategoricalPalette.classColor(c), stroke: Stroke(color: theme.text, width: 1), info: info))
    }

    /// Legend entries (label, class) for the classes present.
    static func legendClasses(_ model: Model) -> [Int] {
        Array(Set(classes(model) ?? [])).sorted()
    }
}
