import Foundation

/// The memory nnviz may use for one command, and the size checks derived from it (docs/model-file.md, "Limits").
///
/// Contract: every size a user controls — input count, units, weights, data points, generated points, file
/// sizes — is compared with the budget *before* the memory for it is allocated; what does not fit is refused
/// with one sentence saying what is too large and what would fit. The estimates are deliberately simple
/// (bytes per number, per hidden unit, per point) and calibrated from measured renders; they are upper-side
/// guesses, not accounting. Default 2 GB; `NNVIZ_MEMORY_BUDGET` or `--memory-budget` (e.g. `512M`, `4G`) override it.
public struct MemoryBudget: Equatable, Sendable {
    /// The budget in bytes.
    public var bytes: Int

    public init(bytes: Int) { self.bytes = bytes }

    /// 2 GB.
    public static let defaultBytes = 2_000_000_000
    /// The environment variable read by `standard`.
    public static let environmentVariable = "NNVIZ_MEMORY_BUDGET"
    /// The smallest budget accepted (nnviz itself needs this much).
    public static let minimumBytes = 64_000_000

    /// The default, or `NNVIZ_MEMORY_BUDGET` when it is set to a valid size (an invalid value is ignored here;
    /// the CLI reports it, see `fromEnvironment`).
    public static var standard: MemoryBudget {
        (try? fromEnvironment()) ?? MemoryBudget(bytes: defaultBytes)
    }

    /// `NNVIZ_MEMORY_BUDGET` when set (throws the sentence for an invalid value), else the default.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Problem) -> MemoryBudget {
        guard let text = environment[environmentVariable] else { return MemoryBudget(bytes: defaultBytes) }
        return try parse(text, source: environmentVariable)
    }

    /// Parses `2G`, `2GB`, `512M`, `1.5g`, `300000000` (decimal units: k, M, G, T); at least `minimumBytes`.
    public static func parse(_ text: String, source: String) throws(Problem) -> MemoryBudget {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("tb", 1e12), ("gb", 1e9), ("mb", 1e6), ("kb", 1e3), ("t", 1e12),
                                         ("g", 1e9), ("m", 1e6), ("k", 1e3), ("b", 1)]
        var number = Substring(trimmed), scale = 1.0
        if let unit = units.first(where: { trimmed.hasSuffix($0.0) }) {
            number = number.dropLast(unit.0.count)
            scale = unit.1
        }
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0,
              value * scale < 1e15 else {
            throw Problem("\(source) must be a size such as 2G, 512M or 4000000000 (got '\(text)')")
        }
        let bytes = Int(value * scale)
        guard bytes >= minimumBytes else {
            throw Problem("\(source) must be at least \(ByteCount.text(minimumBytes)) (got \(ByteCount.text(bytes)))")
        }
        return MemoryBudget(bytes: bytes)
    }

    /// A size that does not fit, as one clause (lower-case start, no final period).
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message.prefix(1).uppercased() + message.dropFirst() + "." }
    }

    // MARK: Limits derived from the budget

    /// The largest model file read (YAML and JSON trees take ~30 bytes of memory per byte of text).
    public var modelFileBytes: Int { bytes / 32 }
    /// The largest CSV data file read.
    public var csvFileBytes: Int { bytes / 16 }
    /// Bytes per stored number, with room for the copies training and analyses make.
    static let bytesPerNumber = 8 * 4
    /// Measured after the output-sensitive splitter and painted maps (issue 15, docs/model-file.md "Limits"): a render
    /// of a [2,800,1] relu net peaks at 394 MB against 337 MB for `inspect` of it, of [2,256,256,256,1] at 385 MB
    /// against 380 MB — drawing adds under 100 KB per hidden unit. The region analysis itself is bounded by the region
    /// limit, which the budget sets, and the field sample by `FieldSample.valueLimit`; the estimate keeps a 2–3×
    /// margin: 200 KB per hidden unit on top of a ~100 MB base.
    static let renderBytesPerHiddenUnit = 200_000
    static let renderBaseBytes = 100_000_000

    /// The most numbers (weights, data coordinates) the budget holds.
    public var numberCapacity: Int { bytes / Self.bytesPerNumber }

    /// Throws when `count` numbers of `what` do not fit; `unit` names one of them for the "would fit" clause.
    public func checkNumbers(_ count: Int, _ what: String, per unit: Int = 1, unitName: String = "") throws(Problem) {
        guard count > numberCapacity else { return }
        let fit = unitName.isEmpty ? "at most \(LabelFormat.grouped(numberCapacity)) numbers"
            : "at most \(LabelFormat.grouped(numberCapacity / max(unit, 1))) \(unitName)"
        throw Problem("\(what) need \(LabelFormat.grouped(count)) numbers (about \(ByteCount.text(Self.saturating(count, Self.bytesPerNumber)))), "
                      + "more than the memory budget of \(ByteCount.text(bytes)) holds; \(fit) fit "
                      + "(raise it with --memory-budget or \(Self.environmentVariable))")
    }

    /// The memory a render of `model` needs, estimated from its sizes (see the type's contract).
    public static func renderEstimate(_ model: Model) -> Int {
        let net = model.network
        let hiddenUnits = net.hiddenLayers.reduce(0) { $0 + $1.units }
        return renderBaseBytes + hiddenUnits * renderBytesPerHiddenUnit + trainingEstimate(model)
    }

    /// The memory training `model` needs: parameters with gradients, optimiser state and snapshots, and every
    /// unit's value for every point of a batch (forward and backward).
    public static func trainingEstimate(_ model: Model) -> Int {
        let net = model.network
        let units = net.layers.reduce(0) { $0 + $1.units }
        let points = model.data.map { $0.count + $0.testTargets.count } ?? 0
        let batch = model.training.map { $0.batchSize == 0 ? points : min($0.batchSize, points) } ?? points
        let copies = 4 + (model.training?.snapshots.count ?? 0)
        return net.parameterCount * 8 * copies + batch * (units + net.inputCount) * bytesPerNumber
    }

    /// Throws when rendering `model` would not fit in the budget, saying how many hidden units would.
    public func checkRender(_ model: Model) throws(Problem) {
        let need = Self.renderEstimate(model)
        guard need > bytes else { return }
        let hiddenUnits = model.network.hiddenLayers.reduce(0) { $0 + $1.units }
        let room = max(0, bytes - Self.renderBaseBytes - Self.trainingEstimate(model)) / Self.renderBytesPerHiddenUnit
        throw Problem("drawing a network with \(LabelFormat.grouped(hiddenUnits)) hidden units takes about \(ByteCount.text(need)), "
                      + "more than the memory budget of \(ByteCount.text(bytes)); about \(LabelFormat.grouped(room)) hidden units "
                      + "fit (raise it with --memory-budget or \(Self.environmentVariable), or inspect the model instead)")
    }

    /// Throws when training `model` would not fit in the budget.
    public func checkTraining(_ model: Model) throws(Problem) {
        let need = Self.trainingEstimate(model)
        guard need > bytes else { return }
        throw Problem("training this network on \(LabelFormat.grouped(model.data?.count ?? 0)) points takes about "
                      + "\(ByteCount.text(need)), more than the memory budget of \(ByteCount.text(bytes)); use fewer "
                      + "points, a smaller `batchSize`, or raise it with --memory-budget or \(Self.environmentVariable)")
    }

    /// a × b, or Int.max when it overflows (sizes multiplied from user input).
    public static func saturating(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }
}
