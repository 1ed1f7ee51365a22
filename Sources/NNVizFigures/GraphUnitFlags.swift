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

    /// How far the ring sits outside the unit's circle or box: a third of the gap between units, at most a pad.
    static func gap(_ layout: GraphLayout, theme: FigureTheme) -> Double {
        min(theme.type.pad, max(1, (layout.slot - 2 * layout.half) / 3))
    }

    /// The ring around a flagged unit's circle or box, `gap` outside it.
    static func ring(_ activity: UnitActivity, around box: Rect, circle: Bool, gap: Double, theme: FigureTheme) -> Node {
        let outer = box.insetBy(-gap)
        let path = circle ? Path.circle(center: outer.center, radius: outer.width / 2) : Path.rect(outer)
        let w = theme.stroke(1.5)
        let stroke = Stroke(color: theme.text, width: w, dash: activity == .dead ? [2.5 * w, 2 * w] : [])
        return .path(PathNode(path: path, stroke: stroke, info: NodeInfo(classes: ["unit-flag", flagClass(activity)])))
    }

    static func flagClass(_ activity: UnitActivity) -> String { activity == .dead ? "dead" : "always-on" }

    /// The legend lines explaining the rings that occur.
    var legendLines: [String] {
        var lines: [String] = []
        if deadCount > 0 { lines.append("dashed ring: dead unit (never on)") }
        if alwaysOnCount > 0 { lines.append("solid ring: unit always on") }
        return lines
    }

    /// The caption sentence, empty when nothing is flagged.
    var captionSentence: String {
        var parts: [String] = []
        if deadCount > 0 { parts.append("\(deadCount) dead unit\(deadCount == 1 ? "" : "s") (dashed ring)") }
        if alwaysOnCount > 0 { parts.append("\(alwaysOnCount) always-on unit\(alwaysOnCount == 1 ? "" : "s") (solid ring)") }
        return parts.isEmpty ? "" : " Flagged in the domain: " + parts.joined(separator: ", ") + "."
    }
}
