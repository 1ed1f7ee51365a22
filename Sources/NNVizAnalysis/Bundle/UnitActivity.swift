import NNVizEngine

/// Whether a hidden unit ever switches inside the domain.
public enum UnitActivity: String, Equatable, Sendable {
    /// Off everywhere in the domain: it contributes nothing there.
    case dead
    /// On everywhere in the domain: it acts as a linear unit there.
    case alwaysOn = "always on"
    /// On in part of the domain.
    case switching
}

/// The activity of every hidden unit that has an on/off bit (DESIGN §3 pattern order), read off the regions.
///
/// Contract: exact for exact regions; from the sampled patterns past the region limit (`isSampled`), where a
/// unit seen off everywhere on the grid is reported dead. Unit names are `l.j`, 1-based (hidden layer l, unit j).
public struct UnitActivityReport: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Hidden-layer index and unit index, 0-based.
        public var layer: Int, unit: Int
        public var activity: UnitActivity
        /// "l.j", 1-based.
        public var name: String { "\(layer + 1).\(unit + 1)" }
    }
    public var entries: [Entry]
    public var isSampled: Bool

    /// Nil when the regions are unavailable.
    public init?(regions: RegionResult, network: Network) {
        if case .unavailable = regions { return nil }
        let patterns = regions.patterns
        var entries: [Entry] = []
        var bit = 0
        for (l, layer) in network.hiddenLayers.enumerated() where layer.activation.contributesPatternBits {
            for j in 0..<layer.units {
                let on = patterns.reduce(0) { $0 + ($1[bit] ? 1 : 0) }
                entries.append(Entry(layer: l, unit: j, activity: on == 0 ? .dead : on == patterns.count ? .alwaysOn : .switching))
                bit += 1
            }
        }
        self.entries = entries
        if case .sampled = regions { isSampled = true } else { isSampled = false }
    }

    /// The activity of hidden unit `unit` of hidden layer `layer` (0-based), nil when it has no bit.
    public func activity(layer: Int, unit: Int) -> UnitActivity? {
        entries.first { $0.layer == layer && $0.unit == unit }?.activity
    }
    /// Names (`l.j`) of the dead units, in pattern order.
    public var dead: [String] { entries.filter { $0.activity == .dead }.map(\.name) }
    /// Names (`l.j`) of the always-on units, in pattern order.
    public var alwaysOn: [String] { entries.filter { $0.activity == .alwaysOn }.map(\.name) }
}
