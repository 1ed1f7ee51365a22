import NNVizEngine
import NNVizScene

/// Where every node of the network graph goes. Column 0 holds the inputs, column l + 1 layer l; every
/// column but the last has a "+1" bias node on top. Layers wider than `maxUnits` are elided.
struct GraphLayout {
    struct Unit {
        var column: Int
        var index: Int
        var center: Point
        var label: String
        var id: String
        /// An input's own name, written left of its circle when the circle shows "xᵢ" instead.
        var name: String? = nil
    }
    struct Column {
        var units: [Unit]
        var bias: Point?
        /// Where "⋮ (+N)" goes and N, for elided layers.
        var ellipsis: (Point, Int)?
        var count: Int
    }

    static let maxUnits = 10
    var columns: [Column] = []
    var width: Double = 0
    var height: Double = 0
    /// Half size of a unit's node (radius of the circle, or half the side of the mini-plot box).
    var half: Double
    let biasRadius = 12.0
    let top = 16.0

    init(network: Network, boxes: Bool, spacing: Double) {
        half = boxes ? 24 : 20
        let slot = boxes ? 76.0 : 62.0
        let sizes = [network.inputCount] + network.layers.map(\.units)
        let shown = sizes.map { Self.shownIndices($0) }
        let slots = shown.enumerated().map { c, idx in Double(idx.count + (idx.count < sizes[c] ? 1 : 0) + (c < sizes.count - 1 ? 1 : 0)) }
        let tallest = slots.max() ?? 1
        height = top + tallest * slot + 44
        let names = boxes ? [] : (0..<network.inputCount).compactMap { Self.outsideName($0, network) }
        let left = max(50, (names.map { TextBox.width($0, Self.nameFont) }.max() ?? 0) + half + 14)
        width = left + Double(sizes.count - 1) * spacing + 50
        for (c, idx) in shown.enumerated() {
            let x = left + Double(c) * spacing
            var y = top + (tallest - slots[c]) * slot / 2 + slot / 2
            var col = Column(units: [], bias: nil, ellipsis: nil, count: sizes[c])
            if c < sizes.count - 1 { col.bias = Point(x, y); y += slot }
            for (k, j) in idx.enumerated() {
                if k > 0, idx[k - 1] != j - 1 { col.ellipsis = (Point(x, y), sizes[c] - idx.count); y += slot }
                let label = c == 0 ? Notation.input(j, names: network.inputNames) : Notation.unit(layer: c - 1, j, network: network)
                var unit = Unit(column: c, index: j, center: Point(x, y), label: label, id: "graph-unit-\(c)-\(j)")
                if c == 0, !boxes, let name = Self.outsideName(j, network) { unit.label = "x" + Notation.sub(j + 1); unit.name = name }
                col.units.append(unit)
                y += slot
            }
            columns.append(col)
        }
    }

    static let nameFont = Font(size: 11)

    /// The name of input `j` when its circle cannot hold it (longer than 3 characters and not of the form "x1").
    static func outsideName(_ j: Int, _ network: Network) -> String? {
        let label = Notation.input(j, names: network.inputNames)
        return label.hasPrefix("x") && label.dropFirst().allSatisfy({ Notation.subDigits.contains($0) }) || label.count <= 3 ? nil : label
    }

    /// All indices when there are at most `maxUnits`, else the first `maxUnits - 2` and the last one.
    static func shownIndices(_ n: Int) -> [Int] {
        n <= maxUnits ? Array(0..<n) : Array(0..<(maxUnits - 2)) + [n - 1]
    }

    /// The unit's bounding box.
    func box(_ u: Unit) -> Rect { Rect(x: u.center.x - half, y: u.center.y - half, width: 2 * half, height: 2 * half) }

    /// The link's end points on the node outlines (from the source's right side to the target's left side).
    func linkEnds(from a: Point, sourceRadius: Double, to b: Point, boxes: Bool) -> (Point, Point) {
        if boxes { return (Point(a.x + sourceRadius, a.y), Point(b.x - half, b.y)) }
        let dx = b.x - a.x, dy = b.y - a.y
        let len = max(1e-9, (dx * dx + dy * dy).squareRoot())
        return (Point(a.x + dx / len * sourceRadius, a.y + dy / len * sourceRadius),
                Point(b.x - dx / len * half, b.y - dy / len * half))
    }
}
