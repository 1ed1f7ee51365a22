import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// Dead and always-on hidden units in the network graph: a ring around the unit (dashed for dead, solid for
/// always on) and a legend line under the layer captions. Activity comes from the exact regions
/// (`UnitActivity.of`), so it is only known for 1-D / 2-D piecewise-linear models.
struct GraphUnitFlags {
    /// Activity of flagged units only, keyed by graph column (hidden layer l is column l + 1) and unit index.
    private var flagged: [Key: UnitActivity] = [:]
    private struct Key: Hashable { var column: Int, unit: Int }

    init(_ report: UnitActivityReport?) {
        for entry in report?.entries ?? [] where entry.activity != .switching {
            flagged[Key(column: entry.layer + 1, unit: entry.unit)] = entry.activity
        }
    }

    var isEmpty: Bool { flagged.isEmpty }
    var deadCount: Int { flagged.values.filter { $0 == .dead }.count }
    var alwaysOnCount: Int { flagged.values.filter { $0 == .alwaysOn }.count }

    func activity(column: Int, unit: Int) -> UnitActivity? { flagged[Key(column: column, unit: unit)] }

    /// How far the ring sits outside the unit's circle or box.
    static let gap = 3.5

    /// The ring around a flagged unit's circle or box, `gap` outside it.
    static func ring(_ activity: UnitActivity, around box: Rect, circle: Bool, theme: FigureTheme) -> Node {
        let outer = box.insetBy(-gap)
        let path = circle ? Path.circle(center: outer.center, radius: outer.width / 2) : Path.rect(outer)
        let stroke = Stroke(color: theme.text, width: 2, dash: activity == .dead ? [4, 3] : [])
        return .path(PathNode(path: path, stroke: stroke, info: NodeInfo(classes: ["unit-flag", flagClass(activity)])))
    }

    static func flagClass(_ activity: UnitActivity) -> String { activity == .dead ? "dead" : "always-on" }

    /// The legend lines explaining the rings that occur, one under the other from `top`, centred on `x`.
    func legend(x: Double, top: Double, theme: FigureTheme) -> [Node] {
        var lines: [String] = []
        if deadCount > 0 { lines.append("dashed ring: dead unit (never on)") }
        if alwaysOnCount > 0 { lines.append("solid ring: unit always on") }
        return lines.enumerated().map { i, line in
            .text(TextNode(line, at: Point(x, top + 8 + 15 * Double(i)), font: theme.font(10), color: theme.mutedText,
                           anchor: .middle, baseline: .middle, info: NodeInfo(classes: ["flag-legend"])))
        }
    }

    /// The caption sentence, empty when nothing is flagged.
    var captionSentence: String {
        var parts: [String] = []
        if deadCount > 0 { parts.append("\(deadCount) dead unit\(deadCount == 1 ? "" : "s") (dashed ring)") }
        if alwaysOnCount > 0 { parts.append("\(alwaysOnCount) always-on unit\(alwaysOnCount == 1 ? "" : "s") (solid ring)") }
        return parts.isEmpty ? "" : " Flagged in the domain: " + parts.joined(separator: ", ") + "."
    }
}
