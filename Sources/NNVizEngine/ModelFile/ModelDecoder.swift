import Foundation

/// Decodes the parsed tree into a `Model`, checking every rule of the schema (docs/model-file.md).
///
/// Order of decoding: version, name, inputs, train (its seed initialises weightless layers), layers,
/// data (checked against the network), test split, domain.
struct ModelDecoder {
    /// The file name used in messages.
    let file: String
    /// The folder a relative `csv:` path is resolved against (nil: the current directory).
    let baseDirectory: String?
    /// Command-line replacements for `train.seed` / `train.epochs`.
    var overrides = ModelFile.Overrides()
    /// The memory budget sizes are checked against before anything is allocated.
    var budget = MemoryBudget.standard
    /// Reads `onnx:` networks (nil: such files are refused).
    var importer: ModelFile.NetworkImporter?

    static let topKeys = ["nnviz", "name", "inputs", "layers", "domain", "data", "train", "trained", "threshold",
                          "onnx", "plane", "line", "regionLimit"]
    static let supportedVersion = 1

    func decode(_ root: ModelField) throws(ModelFileError) -> Model {
        let top = try root.mapping(allowed: Self.topKeys)
        try checkVersion(top)
        let name = try top.optional("name").map { f throws(ModelFileError) in try DisplayName.clean(f.string()) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? DisplayName.clean(defaultName)
        let imported = try importedNetwork(top)
        let inputNames = if let imported { imported.inputNames } else { try decodeInputs(top.required("inputs")) }
        let trainedField = try recordField(top)
        let fileSpec = try (trainedField ?? top.optional("train")).map { f throws(ModelFileError) in
            try decodeTrain(f, allowed: trainedField == nil ? Self.trainKeys : Self.trainedKeys)
        }
        let trainSpec = applyingOverrides(to: fileSpec)
        let (network, needsTraining) = if let imported { (imported.renamed(name), false) } else {
            try decodeNetwork(top, name: name, inputNames: inputNames, seed: trainSpec?.config.seed ?? TrainingConfig.defaultSeed)
        }
        var data = try top.optional("data").map { f throws(ModelFileError) in try decodeData(f, network: network) }
        var training = try trainSpec.map { s throws(ModelFileError) in try s.resolved(for: network) }
        if training == nil, needsTraining { training = .defaults(for: network) }
        if let training, training.testFraction > 0, let d = data, !d.hasTestSplit {
            data = splitData(d, testFraction: training.testFraction, seed: training.seed)
        }
        let domain = try top.optional("domain").map { f throws(ModelFileError) in
            try decodeDomain(f, inputCount: inputNames.count)
        } ?? Self.generatedDomain(top) ?? Self.defaultDomain(data: data, inputCount: inputNames.count)
        var record: TrainingRecord?
        if let trainedField, var settings = fileSpec?.config {
            settings.loss = training?.loss ?? settings.loss
            record = try decodeRecord(trainedField, network: network, settings: settings, data: data)
        }
        var model = Model(network: network, domain: domain, data: data, training: training, needsTraining: needsTraining,
                          trainingRecord: record, slice: try decodeSlice(top, network: network))
        model.threshold = try top.optional("threshold").map { f throws(ModelFileError) in
            let t = try f.number()
            guard t.isFinite, network.outputCount == 1, network.outputActivation == .identity else {
                throw f.error(.invalidValue, "`threshold` turns a single identity output into a binary classifier "
                              + "(class 1 where ŷ > threshold); it needs a finite number and one identity output")
            }
            return t
        }
        model.regionLimit = try top.optional("regionLimit").map { f throws(ModelFileError) in
            try f.integer(in: 1...Model.maximumRegionLimit, "a region limit")
        }
        return model
    }

    /// The `trained:` block, when there is one: never together with `train:`, and only with weights in every layer.
    private func recordField(_ top: ModelMapping) throws(ModelFileError) -> ModelField? {
        guard let trained = top.optional("trained") else { return nil }
        if top.has("train") {
            throw trained.error(.invalidValue, "a file has either `train:` (settings to train with) or `trained:` "
                                + "(the record of a finished run), not both")
        }
        if let layers = top.optional("layers"), case .sequence(let items) = layers.node.value,
           let index = items.firstIndex(where: { item in
               guard case .mapping(let pairs) = item.value else { return false }
               return !pairs.contains { $0.key == "weights" }
           }) {
            throw layers.error(.missingKey, "layers[\(index)] has no weights, but a trained model (`trained:`) "
                               + "holds the weights of every layer")
        }
        return trained
    }

    /// The layers as a network; weightless layers drawn in order from `SeededGenerator(seed:)`.
    private func decodeNetwork(_ top: ModelMapping, name: String, inputNames: [String],
                               seed: UInt64) throws(ModelFileError) -> (Network, needsTraining: Bool) {
        let layersField = try top.required("layers")
        let specs = try decodeLayers(layersField, inputCount: inputNames.count)
        if !top.has("data"), let index = specs.firstIndex(where: { $0.weights == nil }) {
            throw layersField.error(.badData, "layers[\(index)] has no weights, so the model is trained first, "
                                    + "but the file has no `data` to train on")
        }
        var rng = SeededGenerator(seed: seed)
        var layers: [DenseLayer] = []
        for spec in specs { layers.append(try spec.build(rng: &rng, field: layersField)) }
        let network = Network(name: name, inputNames: inputNames, layers: layers)
        return (network, specs.contains { $0.weights == nil })
    }

    /// The `train:` block with the command-line overrides applied (any override creates the block).
    private func applyingOverrides(to spec: TrainSpec?) -> TrainSpec? {
        guard !overrides.isEmpty else { return spec }
        var spec = spec ?? TrainSpec(config: TrainingConfig(loss: .mse), loss: nil, lossField: nil)
        if let seed = overrides.seed { spec.config.seed = seed }
        if let epochs = overrides.epochs {
            spec.config.epochs = epochs
            spec.config.snapshots = spec.config.snapshots.filter { $0 <= epochs }
        }
        return spec
    }

    /// The file name without folder and extension.
    var defaultName: String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    private func checkVersion(_ top: ModelMapping) throws(ModelFileError) {
        let field = try top.required("nnviz", " (add `nnviz: \(Self.supportedVersion)` as the first line)")
        if case .scalar(_, quoted: true) = field.node.value {
            throw field.error(.unsupportedVersion, "the format version is a number, not text: write "
                              + "`nnviz: \(Self.supportedVersion)` without quotes")
        }
        guard case .scalar(let text, quoted: false) = field.node.value,
              ModelNode.number(fromPlain: text) == Double(Self.supportedVersion) else {
            throw field.error(.unsupportedVersion, "this file declares format version `\(field.node.scalarText)` "
                              + "but this nnviz reads version \(Self.supportedVersion)")
        }
    }

    /// `inputs: [x1, x2]` (names) or `inputs: 2` (names x1, x2).
    func decodeInputs(_ field: ModelField) throws(ModelFileError) -> [String] {
        if case .scalar = field.node.value {
            let count = try field.integer(in: 1...Int.max, "an input count")
            do { try budget.checkNumbers(count, "\(count) inputs", unitName: "inputs") } catch {
                throw field.error(.invalidValue, error.message)
            }
            return (1...count).map { "x\($0)" }
        }
        var names: [String] = []
        for item in try field.list() { names.append(DisplayName.clean(try item.string())) }
        guard !names.isEmpty else { throw field.error(.invalidValue, "expected at least one input name") }
        if let dup = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw field.error(.invalidValue, "the input name `\(dup)` appears twice")
        }
        return names
    }

    /// One `[lo, hi]` per input (a single `[lo, hi]` is accepted for one input).
    func decodeDomain(_ field: ModelField, inputCount: Int) throws(ModelFileError) -> [ClosedRange<Double>] {
        var items = try field.list()
        if inputCount == 1, items.count == 2, case .scalar = items[0].node.value { items = [field] }
        guard items.count == inputCount else {
            throw field.error(.wrongShape, "has \(items.count) intervals but there are \(inputCount) inputs "
                              + "(expected one [lo, hi] per input)")
        }
        var domain: [ClosedRange<Double>] = []
        for item in items {
            let pair = try item.boundedNumbers()
            guard pair.count == 2 else { throw item.error(.wrongShape, "expected [lo, hi] but found \(pair.count) numbers") }
            guard pair[0] < pair[1] else {
                throw item.error(.invalidValue, "expected lo < hi but found [\(pair[0]), \(pair[1])]")
            }
            guard pair[1] - pair[0] >= ModelLimits.relativeDomainWidth * max(1, abs(pair[0]), abs(pair[1])) else {
                throw item.error(.invalidValue, "[\(pair[0]), \(pair[1])] is too narrow for exact arithmetic (its width "
                                 + "must be at least 10⁻⁹ of its largest bound)")
            }
            domain.append(pair[0]...pair[1])
        }
        return domain
    }

    /// Without `domain:` for generated data: the data set's suggested box (`SyntheticDataset.suggestedDomain`).
    static func generatedDomain(_ top: ModelMapping) -> [ClosedRange<Double>]? {
        guard let data = top.optional("data"), case .mapping(let pairs) = data.node.value,
              let generate = pairs.first(where: { $0.key == "generate" })?.value,
              case .mapping(let g) = generate.value,
              let name = g.first(where: { $0.key == "dataset" })?.value.scalarText,
              let kind = SyntheticDataset(rawValue: name) else { return nil }
        return kind.suggestedDomain
    }

    /// Without `domain:` for other data: the bounding box of all data points padded by 10 % of its width on each side
    /// (a zero-width side is padded by 1); without data, [-1, 1] per input.
    static func defaultDomain(data: Dataset?, inputCount: Int) -> [ClosedRange<Double>] {
        (0..<inputCount).map { c in
            let values = (data?.inputs.column(c) ?? []) + (data.map { $0.testInputs.rows > 0 ? $0.testInputs.column(c) : [] } ?? [])
            guard let lo = values.min(), let hi = values.max() else { return -1.0...1.0 }
            let pad = hi > lo ? 0.1 * (hi - lo) : 1
            return (lo - pad)...(hi + pad)
        }
    }
}
