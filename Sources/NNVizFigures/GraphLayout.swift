import NNVizEngine
import NNVizScene

/// Where every node of the network graph goes, for a given width and typography. Column 0 holds the inputs,
/// column l + 1 layer l; a column whose next layer has biases carries a "+1" node on top.
///
/// Layers run left to right across the whole width. The vertical slot of a unit comes from the typography
/// (a circle that holds the unit's label) and shrinks, when a wide layer would make the figure too tall,
/// down to a circle that holds the unit's number; a layer that does not fit even then is elided with
/// "… n more". The figure may be taller than wide (up to `heightBudget`).
struct GraphLayout {
    struct Unit {
        var column: Int
        var index: Int
        var center: Point
        /// The unit in the seeds' notation (x₁, h₂⁽¹⁾, ŷ); the tooltip and, when it fits, the node's text.
        var label: String
        /// The text written in or above the node: the label, the unit's number in a compact column, or nothing.
        var shownLabel: String
        var id: String
        /// "l.j" (1-based) for hidden units, nil for inputs and outputs.
        var hiddenKey: String?
        /// An input's own name, written left of its circle when the circle shows "xᵢ" instead.
        var name: String? = nil
    }
    struct Column {
        var x: Double
        var units: [Unit]
        var bias: Point?
        /// Where "… n more" goes and n, for elided layers.
        var ellipsis: (Point, Int)?
        var count: Int
        /// True when the units show their number (circles) or nothing (boxes) instead of their label.
        var compact: Bool
        /// Compact mini-plot columns of inputs and outputs write the label beside the box, on the side without links.
        var sideLabels = false
    }

    var columns: [Column] = []
    var width: Double
    var height: Double = 0
    /// Half size of a unit's node (radius of the circle, or half the side of the mini-plot box).
    var half: Double
    var biasRadius: Double
    var boxes: Bool
    /// Top of the layer captions.
    var captionTop: Double = 0
    /// Distance between unit centres in a column.
    var slot: Double

    static func labelFont(_ theme: FigureTheme) -> Font { theme.font(.label) }
    static func smallFont(_ theme: FigureTheme) -> Font { theme.font(.small) }

    /// The most height the graph takes, as a multiple of its width, before wide layers are compacted.
    static func heightBudget(_ theme: FigureTheme) -> Double { theme.size.isSlide ? 0.62 : theme.size.centimetres < 12 ? 1.3 : 0.9 }

    init(network: Network, boxes: Bool, width: Double, theme: FigureTheme) {
        self.width = width
        self.boxes = boxes
        let sizes = [network.inputCount] + network.layers.map(\.units)
        let biasOnTop = (0..<sizes.count).map { $0 < network.layers.count && network.layers[$0].hasBias }
        let labels = sizes.indices.map { c in (0..<sizes[c]).map { Self.label(column: c, unit: $0, network: network, boxes: boxes) } }
        let type = theme.type, small = Self.smallFont(theme), big = Self.labelFont(theme)
        let lineLabel = type.lineHeight(.label), lineSmall = type.lineHeight(.small)
        // Horizontal: column centres spread over the width, room at both ends for captions and input names.
        let captions = sizes.indices.map { Self.caption(column: $0, network: network) }
        let captionWidth = captions.map { max(TextBox.width($0.title, theme.font(.label, bold: true)), TextBox.width($0.detail, small)) }
        let names = boxes ? [] : (0..<network.inputCount).compactMap { Self.outsideName($0, network) }
        let nameWidth = names.map { TextBox.width($0, small) }.max() ?? 0
        let widestLabel = labels.flatMap { $0 }.map { TextBox.width($0, big) }.max() ?? 0
        let fullRadius = max(widestLabel / 2 + type.pad * 0.6, lineLabel * 0.7)
        let firstHalf = max(captionWidth.first ?? 0, 0) / 2
        let lastHalf = (captionWidth.last ?? 0) / 2
        let spacingGuess = (width - firstHalf - lastHalf) / Double(max(sizes.count - 1, 1))
        let boxSide = min(spacingGuess * 0.42, type.label * 5.5)
        let fullHalf = boxes ? boxSide / 2 : fullRadius
        // Vertical: one slot per unit and a smaller one for the "+1" node, shrunk when the tallest column would
        // exceed the height budget: boxes shrink down to a legible mini-plot with its label above, then lose the
        // label; circles keep their label while it fits, then show their number; past that a layer is elided.
        let vgap = type.pad
        biasRadius = max(TextBox.width("+1", small) / 2 + type.pad * 0.5, lineSmall / 2)
        let biasSlot = 2 * biasRadius + vgap
        let labelAbove = boxes ? lineSmall : 0
        let fullSlot = 2 * fullHalf + vgap + labelAbove
        let numberRadius = max(TextBox.width("\(sizes.max() ?? 1)", small) / 2 + 1, lineSmall / 2)
        // The smallest legible node: a mini-plot about a label high, or a circle around the unit's number, with half a gap.
        let minSlot = (boxes ? max(type.label, 12) : 2 * numberRadius) + vgap / 2
        let budget = max(width * Self.heightBudget(theme), biasSlot + fullSlot * 3)
        let slotCap = (budget - biasSlot) / Double(max(sizes.max() ?? 1, 1))
        let labelledBoxSlot = type.label * 2.5 + vgap + labelAbove
        let full = boxes ? slotCap >= labelledBoxSlot : slotCap >= fullSlot
        slot = full ? min(fullSlot, slotCap) : max(minSlot, slotCap)
        let nodeGap = full ? vgap : min(vgap, max(vgap / 2, slot - (boxes ? max(type.label, 12) : 2 * numberRadius)))
        half = boxes ? (slot - nodeGap - (full ? labelAbove : 0)) / 2 : min(fullRadius, (slot - nodeGap) / 2)
        // Horizontal, now that the node size is known: compact inputs and outputs write their labels beside the
        // node, on the side without links, so the ends get room for them.
        let outer = { (c: Int) in labels[c].map { TextBox.width($0, small) }.max() ?? 0 }
        let sideRoom = full ? (0.0, 0.0) : (outer(0) + type.pad * 0.6, outer(sizes.count - 1) + type.pad * 0.6)
        let nodeHalf = full ? fullHalf : half
        let left = max(firstHalf, nodeHalf + (nameWidth > 0 && full ? nameWidth + type.pad : 0) + sideRoom.0)
        let right = width - max(lastHalf, nodeHalf + sideRoom.1)
        let spacing = sizes.count > 1 ? (right - left) / Double(sizes.count - 1) : 0
        let maxUnits = max(3, Int((budget - biasSlot) / slot))
        let shown = sizes.indices.map { Self.shownIndices(sizes[$0], fit: maxUnits) }
        let columnHeights = shown.indices.map { c in
            (biasOnTop[c] ? biasSlot : 0) + Double(shown[c].count + (shown[c].count < sizes[c] ? 1 : 0)) * slot
        }
        let graphHeight = columnHeights.max() ?? slot
        captionTop = graphHeight + type.pad
        height = captionTop + lineLabel + lineSmall
        for c in sizes.indices {
            let x = left + Double(c) * spacing
            var y = (graphHeight - columnHeights[c]) / 2
            let compact = !boxes && labels[c].contains { TextBox.width($0, big) + type.pad * 0.6 > 2 * half }
            var col = Column(x: x, units: [], bias: nil, ellipsis: nil, count: sizes[c], compact: compact || (boxes && !full))
            col.sideLabels = !full && (c == 0 || c == sizes.count - 1)
            if biasOnTop[c] { col.bias = Point(x, y + biasSlot / 2); y += biasSlot }
            y += slot / 2 + (boxes && full ? labelAbove / 2 : 0)
            for (k, j) in shown[c].enumerated() {
                if k > 0, shown[c][k - 1] != j - 1 { col.ellipsis = (Point(x, y), sizes[c] - shown[c].count); y += slot }
                let hidden = c > 0 && c < sizes.count - 1
                var unit = Unit(column: c, index: j, center: Point(x, y), label: labels[c][j], shownLabel: labels[c][j],
                                id: "unit-\(c)-\(j + 1)", hiddenKey: hidden ? "\(c).\(j + 1)" : nil)
                if col.compact, !col.sideLabels { unit.shownLabel = boxes ? "" : "\(j + 1)" }
                if c == 0, !boxes, let name = Self.outsideName(j, network) {
                    if col.sideLabels { unit.shownLabel = name } else { unit.name = name }
                }
                col.units.append(unit)
                y += slot
            }
            columns.append(col)
        }
    }

    /// The label of unit j of column c; inputs with long names show "xᵢ" (the name goes beside the circle).
    static func label(column c: Int, unit j: Int, network: Network, boxes: Bool) -> String {
        if c == 0 { return !boxes && outsideName(j, network) != nil ? "x" + Notation.sub(j + 1) : Notation.input(j, names: network.inputNames) }
        return Notation.unit(layer: c - 1, j, network: network)
    }

    /// The caption under column c: its role and its size.
    static func caption(column c: Int, network: Network) -> (title: String, detail: String) {
        if c == 0 { return ("input", "\(network.inputCount) feature\(network.inputCount == 1 ? "" : "s")") }
        let layer = network.layers[c - 1]
        let title = c == network.layers.count ? "output" : (network.layers.count > 2 ? "hidden \(c)" : "hidden")
        return (title, "\(layer.units) × \(layer.activation.name)")
    }

    /// The name of input `j` when its circle cannot hold it (longer than 3 characters and not of the form "x1").
    static func outsideName(_ j: Int, _ network: Network) -> String? {
        let label = Notation.input(j, names: network.inputNames)
        return label.hasPrefix("x") && label.dropFirst().allSatisfy({ Notation.subDigits.contains($0) }) || label.count <= 3 ? nil : label
    }

    /// All indices when `n` fit, else the first `fit - 2` and the last one (one slot goes to "… n more").
    static func shownIndices(_ n: Int, fit: Int) -> [Int] {
        n <= fit ? Array(0..<n) : Array(0..<max(1, fit - 2)) + [n - 1]
    }

    /// The unit's bounding box.
    func box(_ u: Unit) -> Rect { Rect(x: u.center.x - half, y: u.center.y - half, width: 2 * half, height: 2 * half) }

    /// The link's end points on the node outlines (from the source's right side to the target's left side).
    func linkEnds(from a: Point, sourceRadius: Double, to b: Point) -> (Point, Point) {
        if boxes { return (Point(a.x + sourceRadius, a.y), Point(b.x - half, b.y)) }
        let dx = b.x - a.x, dy = b.y - a.y
        let len = max(1e-9, (dx * dx + dy * dy).squareRoot())
        return (Point(a.x + dx / len * sourceRadius, a.y + dy / len * sourceRadius),
                Point(b.x - dx / len * half, b.y - dy / len * half))
    }
}
