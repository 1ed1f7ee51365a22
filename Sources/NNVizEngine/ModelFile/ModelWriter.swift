extension ModelFile {
    /// The model as YAML in the model-file schema (see `write(_:format:comments:)`).
    public static func write(_ model: Model, comments: [String] = []) -> String {
        write(model, format: .yaml, comments: comments)
    }

    /// The model in the model-file schema as YAML or JSON, keys in a fixed order, numbers via `ModelNumber.exact`
    /// (so `parse(write(m))` has the same network, domain, data, training settings and record bit for bit).
    ///
    /// Every layer is written with its weights (a layer without bias as `bias: false`), so the result never needs
    /// training. A model with a `trainingRecord` and settings gets a `trained:` block (settings, starting
    /// weights, history) instead of `train:`, so reading it back draws it as it is. `comments` become `# …`
    /// lines at the top of YAML (JSON has no comments). Deterministic: same model ⇒ same bytes.
    public static func write(_ model: Model, format: Format, comments: [String] = []) -> String {
        document(model).text(format, comments: comments)
    }

    static func document(_ model: Model) -> ModelDocument {
        var top: [(key: String, value: ModelDocument)] = [
            ("nnviz", .integer(ModelDecoder.supportedVersion)),
            ("name", .string(model.network.name)),
            ("inputs", .flow(model.network.inputNames.map(ModelDocument.name))),
            ("layers", .list(model.network.layers.map(layerDocument))),
            ("domain", .flow(model.domain.map { .numbers([$0.lowerBound, $0.upperBound]) })),
        ]
        if let slice = model.slice { top.append((slice.kind.rawValue, sliceDocument(slice))) }
        if let threshold = model.threshold { top.append(("threshold", .number(threshold))) }
        if let limit = model.regionLimit { top.append(("regionLimit", .integer(limit))) }
        if let data = model.data { top.append(("data", dataDocument(data))) }
        if let training = model.training {
            if let record = model.trainingRecord {
                top.append(("trained", trainedDocument(training, record: record)))
            } else {
                top.append(("train", .mapping(settingsPairs(training))))
            }
        }
        return .mapping(top)
    }

    /// `activation` (and `slope`), `weights` (block list of rows), then `biases` or `bias: false`.
    static func layerDocument(_ layer: DenseLayer) -> ModelDocument {
        var pairs: [(key: String, value: ModelDocument)] = [("activation", .word(layer.activation.name))]
        if case .leakyReLU(let slope) = layer.activation { pairs.append(("slope", .number(slope))) }
        pairs += weightPairs(layer)
        return .mapping(pairs)
    }

    /// The weights and biases of a layer (`bias: false` when it has none).
    static func weightPairs(_ layer: DenseLayer) -> [(key: String, value: ModelDocument)] {
        let rows = ModelDocument.list((0..<layer.weights.rows).map { .numbers(layer.weights.row($0)) })
        return [("weights", rows), layer.hasBias ? ("biases", .numbers(layer.biases)) : ("bias", .bool(false))]
    }

    static func dataDocument(_ data: Dataset) -> ModelDocument {
        let points = { (m: Matrix) in ModelDocument.list((0..<m.rows).map { .numbers(m.row($0)) }) }
        var pairs: [(key: String, value: ModelDocument)] = [("inputs", points(data.inputs)),
                                                              ("targets", .numbers(data.targets))]
        if data.hasTestSplit {
            pairs += [("testInputs", points(data.testInputs)), ("testTargets", .numbers(data.testTargets))]
        }
        return .mapping(pairs)
    }

    /// The keys of `train:` (and the settings part of `trained:`), in the documented order.
    static func settingsPairs(_ t: TrainingConfig) -> [(key: String, value: ModelDocument)] {
        [("loss", .word(t.loss.rawValue)), ("optimizer", .word(t.optimizer.rawValue)),
         ("learningRate", .number(t.learningRate)), ("epochs", .integer(t.epochs)), ("batchSize", .integer(t.batchSize)),
         ("seed", .integer(Int(clamping: t.seed))), ("snapshots", .flow(t.snapshots.map(ModelDocument.integer))),
         ("testFraction", .number(t.testFraction))]
    }
}

/// How strings are spelled in written model files.
enum ModelYAMLText {
    /// A double-quoted string with JSON escapes (`\"`, `\\`, `\n`, `\t`, `\u00XX`): valid YAML and valid JSON.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An input name: plain when it is an identifier that YAML 1.1 would not read as a bool/null, else quoted.
    static func name(_ s: String) -> String {
        let reserved = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
        let plain = s.first.map { $0.isLetter || $0 == "_" } == true
            && s.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
            && !reserved.contains(s.lowercased())
        return plain ? s : quoted(s)
    }
}
