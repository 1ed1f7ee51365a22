extension ModelFile {
    /// The model as YAML in the model-file schema, keys in a fixed order, numbers via `ModelNumber.exact`
    /// (so `parse(write(m))` has the same network, domain, data and training settings bit for bit).
    ///
    /// Every layer is written with its weights, so the result never needs training. `comments` become
    /// `# …` lines at the top (e.g. a training summary). Deterministic: same model ⇒ same bytes.
    public static func write(_ model: Model, comments: [String] = []) -> String {
        var out = ModelYAMLWriter()
        for comment in comments { out.line("# \(comment)") }
        out.line("nnviz: \(ModelDecoder.supportedVersion)")
        out.line("name: \(ModelYAMLWriter.quoted(model.network.name))")
        out.line("inputs: [\(model.network.inputNames.map(ModelYAMLWriter.name).joined(separator: ", "))]")
        out.line("layers:")
        for layer in model.network.layers { out.layer(layer) }
        out.line("domain: [\(model.domain.map { "[\(n($0.lowerBound)), \(n($0.upperBound))]" }.joined(separator: ", "))]")
        if let data = model.data { out.data(data) }
        if let training = model.training { out.training(training) }
        if let limit = model.regionLimit { out.line("regionLimit: \(limit)") }
        return out.text
    }

    static func n(_ x: Double) -> String { ModelNumber.exact(x) }
}

/// Line-by-line YAML text for `ModelFile.write`.
struct ModelYAMLWriter {
    private(set) var text = ""

    mutating func line(_ s: String) { text += s + "\n" }

    static func list(_ values: [Double]) -> String {
        "[" + values.map(ModelNumber.exact).joined(separator: ", ") + "]"
    }

    mutating func layer(_ layer: DenseLayer) {
        line("  - activation: \(layer.activation.name)")
        if case .leakyReLU(let slope) = layer.activation { line("    slope: \(ModelNumber.exact(slope))") }
        line("    weights:")
        for r in 0..<layer.weights.rows { line("      - \(Self.list(layer.weights.row(r)))") }
        line("    biases: \(Self.list(layer.biases))")
    }

    mutating func data(_ data: Dataset) {
        line("data:")
        points("inputs", data.inputs)
        line("  targets: \(Self.list(data.targets))")
        if data.hasTestSplit {
            points("testInputs", data.testInputs)
            line("  testTargets: \(Self.list(data.testTargets))")
        }
    }

    private mutating func points(_ key: String, _ m: Matrix) {
        line("  \(key):")
        for r in 0..<m.rows { line("    - \(Self.list(m.row(r)))") }
    }

    mutating func training(_ t: TrainingConfig) {
        line("train:")
        line("  loss: \(t.loss.rawValue)")
        line("  optimizer: \(t.optimizer.rawValue)")
        line("  learningRate: \(ModelNumber.exact(t.learningRate))")
        line("  epochs: \(t.epochs)")
        line("  batchSize: \(t.batchSize)")
        line("  seed: \(t.seed)")
        line("  snapshots: [\(t.snapshots.map(String.init).joined(separator: ", "))]")
        line("  testFraction: \(ModelNumber.exact(t.testFraction))")
    }

    /// A double-quoted YAML string (JSON escapes), always safe.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded(2) } else {
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

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
