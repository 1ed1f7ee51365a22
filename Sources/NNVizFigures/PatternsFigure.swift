import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `patterns`: small multiples, one per hidden unit with an on/off bit, showing where the unit is on
/// (2-D: the on-set shaded with the unit's switching boundary; 1-D: the unit's output hⱼ(x) with its on-intervals
/// shaded). Dead and always-on units are flagged in the panel title and explained in the legend line.
enum PatternsFigure {
    /// At most this many unit panels (the flags in the caption still count every unit).
    static let maxPanels = 64
    /// Above this many regions the on-sets are drawn from the analysis' field sample instead of polygons.
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
        let compact = count > compactAbove
        let panels = activity.prefix(count).enumerated().compactMap { bit, unit -> PatternPanel? in
            source(analysis, field: context.current.field).map {
                PatternPanel(network: net, layer: unit.layer, unit: unit.unit, bit: bit, activity: unit.activity, source: $0, compact: compact)
            }
        }
        guard !panels.isEmpty else { return .skipped(reason: "the model has no field sample to draw the units from.") }
        let dead = activity.filter { $0.activity == .dead }.map { Notation.unit(layer: $0.layer, $0.unit, network: net) }
        let always = activity.filter { $0.activity == .alwaysOn }.map { Notation.unit(layer: $0.layer, $0.unit, network: net) }
        let flags = "\(dead.count) dead (never on in the domain), \(always.count) always on (linear there)"
        let sampled: Bool = { if case .sampled = analysis { return true } else { return false } }()
        let heading = "Where each hidden unit is on (shaded)" + (dead.count + always.count > 0 ? ": \(dead.count) dead, \(always.count) always on" : "")
        let grid = SmallMultiples(panels: panels, minimumCellWidth: { $0.type.label * (compact ? 6 : net.inputCount == 1 ? 13 : 11) })
        let root = VStack([TextPanel(text: heading, role: .title), grid])
        let alt = "Small maps, one per hidden unit of \(context.model.name), shading where the unit is on; \(flags)."
        let scene = FigureCanvas.scene(root, theme: context.theme, title: "Activation patterns of \(context.model.name)", description: alt)
        let caption = "Where each hidden unit is on (relu / leaky-relu: z > 0; step: z ≥ 0), one panel per unit" +
            (net.layers.count > 2 ? ", the superscript giving its layer" : "") + ". " + flagSentence(dead: dead, always: always) +
            (compact ? " Each small panel shows the whole input, \(domainText(context.model.domain, oneD: net.inputCount == 1))." : "") +
            (sampled ? " Sampled on a grid: the network has too many regions to enumerate." : "") +
            (activity.count > count ? " Only the first \(count) of \(activity.count) units are drawn." : "")
        return .figure(Figure(name: .patterns, scene: scene, caption: caption, altText: alt))
    }

    /// Past this many panels they are drawn as thumbnails without ticks, more to a row.
    static let compactAbove = 8

    static func domainText(_ d: [ClosedRange<Double>], oneD: Bool) -> String {
        oneD ? "x from \(LabelFormat.short(d.first?.lowerBound ?? 0)) to \(LabelFormat.short(d.first?.upperBound ?? 0))"
             : RegionsFigure.domainText(d)
    }

    /// "Every unit switches inside the domain." or the dead and always-on units by name.
    static func flagSentence(dead: [String], always: [String]) -> String {
        if dead.isEmpty && always.isEmpty { return "Every unit switches inside the domain: none is dead or always on." }
        var parts: [String] = []
        if !dead.isEmpty {
            parts.append("\(RegionCaption.list(dead)) \(dead.count == 1 ? "is" : "are") dead (never on in the domain: \(dead.count == 1 ? "it adds" : "they add") nothing there)")
        }
        if !always.isEmpty {
            parts.append("\(RegionCaption.list(always)) \(always.count == 1 ? "is" : "are") always on (linear there: no bend)")
        }
        return parts.joined(separator: "; ") + "."
    }

    /// What the panels draw from: exact regions, or the field sample when there are too many regions.
    static func source(_ analysis: RegionResult, field: FieldSample?) -> PatternPanel.Source? {
        switch analysis {
        case .twoD(let r) where r.regionCount > exactPanelLimit: return field.map { .field($0, boundaries: r.unitBoundaries) }
        case .twoD(let r): return .twoD(r)
        case .oneD(let r): return .oneD(r)
        case .sampled: return field.map { .field($0, boundaries: []) }
        case .unavailable: return nil
        }
    }
}
