import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `patterns`: small multiples, one per hidden unit with an on/off bit, showing where the unit is on
/// (2-D: the on-set shaded with the unit's switching boundary; 1-D: the unit's output hⱼ(x) with its on-intervals
/// shaded). Dead and always-on units are flagged in the panel title and explained in the legend line.
enum PatternsFigure {
    /// At most this many unit panels (the flags in the caption still count every unit).
    static let maxPanels = 64
    /// Above this many regions the on-sets are drawn from a 120 × 120 sample instead of polygons.
    static let exactPanelLimit = 1500

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network
        let analysis = context.current.regions
        if let reason = analysis.unavailableReason { return .skipped(reason: reason) }
        let activity = context.current.units?.entries ?? []
        guard !activity.isEmpty else {
            return .skipped(reason: "no hidden unit has an on/off state (identity hidden layers add no pattern bits).")
        }
        let count = min(activity.count, maxPanels)
        let cell = count > 16 ? 150.0 : 190.0
        let grid = PanelGrid(count: count, maxColumns: count > 16 ? 6 : 4, cellWidth: cell, cellHeight: cell + (net.inputCount == 1 ? -40 : 0), top: 40)
        var nodes: [Node] = []
        // Many regions: every panel would repeat thousands of polygons, so the bits are drawn as a raster of one
        // shared sample (exact at each pixel centre) with the exact switching lines on top.
        var dense: SampledPatterns? = nil
        if case .twoD(let r) = analysis, r.regionCount > exactPanelLimit {
            dense = SampledPatterns(network: net, domain: r.domain, columns: 120, rows: 120)
        }
        for (bit, unit) in activity.prefix(count).enumerated() {
            let panel = PatternPanel(network: net, layer: unit.layer, unit: unit.unit, bit: bit, activity: unit.activity,
                                     cell: grid.cell(bit), theme: context.theme)
            let inner: [Node]
            switch analysis {
            case .twoD(let r) where r.regionCount > exactPanelLimit:
                inner = panel.nodesSampled(dense ?? SampledPatterns(network: net, domain: r.domain), boundaries: r.unitBoundaries)
            case .twoD(let r): inner = panel.nodes2D(r)
            case .oneD(let r): inner = panel.nodes1D(r)
            case .sampled(let s, _): inner = panel.nodesSampled(s, boundaries: [])
            case .unavailable: inner = []
            }
            nodes.append(.group(GroupNode(inner, info: NodeInfo(id: "unit-\(unit.layer + 1)-\(unit.unit + 1)",
                                                                classes: ["panel", "unit-panel", unit.activity == .switching ? "switching" : unit.activity == .dead ? "dead" : "always-on"]))))
        }
        let dead = activity.filter { $0.activity == .dead }.count, always = activity.filter { $0.activity == .alwaysOn }.count
        let flags = "\(dead) dead (never on in the domain), \(always) always on (linear there)"
        let sampled: Bool = { if case .sampled = analysis { return true } else { return false } }()
        let heading = "Where each hidden unit is on (shaded)" + (dead + always > 0 ? ": \(dead) dead, \(always) always on" : "")
        let headingFont = context.theme.font(13, bold: true)
        nodes.append(.text(TextNode(heading, at: Point(8, 16), font: headingFont, color: context.theme.text, baseline: .middle)))
        let width = max(grid.width, TextMetrics.width(of: heading, font: headingFont) + 16)
        let alt = "Small maps, one per hidden unit of \(context.model.name), shading where the unit is on; \(flags)."
        let scene = Scene(width: width, height: grid.height + 8, title: "Activation patterns of \(context.model.name)",
                          description: alt, background: context.theme.background, nodes: nodes)
        let caption = "Where each hidden unit is on (relu / leaky-relu: z > 0; step: z ≥ 0), one panel per unit, titled hⱼ " +
            "with its layer. Dead units (never on in the domain) and always-on units (linear there) are flagged in their titles: \(flags)." +
            (sampled ? " Sampled on a grid: the network has too many regions to enumerate." : "") +
            (activity.count > count ? " Only the first \(count) of \(activity.count) units are drawn." : "")
        return .figure(Figure(name: .patterns, scene: scene, caption: caption, altText: alt))
    }
}
