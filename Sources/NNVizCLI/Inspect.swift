import NNVizAnalysis
import NNVizEngine

/// What `nnviz inspect` prints: a readable summary, the §3 JSON object, and the worked table at points.
public enum Inspect {
    /// The readable summary: layers with shapes, activations and parameter counts, the one-hidden-layer
    /// formula, domain, data, training settings, and the weights of small networks.
    public static func summary(_ model: Model) -> String {
        let net = model.network
        var out = "\(net.name)\n"
        out += "inputs: \(net.inputCount) (\(net.inputNames.joined(separator: ", ")))\n\n"
        var rows: [(String, [String])] = [("layer", ["units", "activation", "weights", "biases", "parameters"])]
        for (l, layer) in net.layers.enumerated() {
            let role = l == net.layers.count - 1 ? "output" : "hidden"
            rows.append(("\(l + 1) \(role)", ["\(layer.units)", activationName(layer.activation),
                                               "\(layer.units) × \(layer.inputs)", layer.hasBias ? "\(layer.units)" : "none",
                                               "\(layer.parameterCount)"]))
        }
        rows.append(("total", ["", "", "", "", "\(net.parameterCount)"]))
        out += TraceTable.layout(rows, leftAligned: [1, 2])
        if let formula = parameterFormula(net) { out += "\n" + formula + "\n" }
        let collapsed = collapseText(net)
        if !collapsed.isEmpty { out += "\n" + collapsed }
        out += "\n" + details(model)
        if net.parameterCount <= 60 { out += "\n" + weights(net) }
        return out
    }

    /// For one hidden layer: (p+1)·M + M + 1 (one output) or (p+1)·M + (M+1)·K, with the numbers filled in.
    static func parameterFormula(_ net: Network) -> String? {
        guard net.layers.count == 2, net.layers.allSatisfy(\.hasBias) else { return nil }
        let p = net.inputCount, m = net.layers[0].units, k = net.outputCount
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        let header = "one hidden layer: p = \(plural(p, "input")), M = \(plural(m, "hidden unit")), "
            + "K = \(plural(k, "output"))"
        if k == 1 {
            return header + "\n  (p+1)·M + M + 1 = (\(p)+1)·\(m) + \(m) + 1 = \(net.parameterCount) parameters"
        }
        return header + "\n  (p+1)·M + (M+1)·K = (\(p)+1)·\(m) + (\(m)+1)·\(k) = \(net.parameterCount) parameters"
    }

    static func activationName(_ a: Activation) -> String {
        if case .leakyReLU(let slope) = a { return "leaky-relu (slope \(ModelNumber.exact(slope)))" }
        return a.name
    }

    private static func details(_ model: Model) -> String {
        let net = model.network
        let box = zip(net.inputNames, model.domain).map {
            "\($0) ∈ [\(ModelNumber.text($1.lowerBound)), \(ModelNumber.text($1.upperBound))]"
        }
        var out = "domain: \(box.joined(separator: ", "))\n"
        if let data = model.data {
            var line = "data: \(data.count) training points"
            if data.hasTestSplit { line += ", \(data.testTargets.count) test points" }
            line += net.classCount.map { ", \($0) classes" } ?? ", regression targets"
            out += line + "\n"
        } else {
            out += "data: none\n"
        }
        if let t = model.training {
            let batch = t.batchSize == 0 ? "full batch" : "batch size \(t.batchSize)"
            var line = (model.trainingRecord == nil ? "train: " : "trained with: ") + "\(t.loss.rawValue), \(t.optimizer.rawValue), learning rate "
                + "\(ModelNumber.exact(t.learningRate)), \(t.epochs) epochs, \(batch), seed \(t.seed)"
            if !t.snapshots.isEmpty { line += ", snapshots at \(t.snapshots.map(String.init).joined(separator: ", "))" }
            if t.testFraction > 0 { line += ", test fraction \(ModelNumber.exact(t.testFraction))" }
            out += line + "\n"
        }
        if let h = model.recordedHistory { out += recordedRun(h) }
        if model.needsTraining {
            out += "weights: drawn from seed \(model.training?.seed ?? TrainingConfig.defaultSeed), not trained yet "
                + "(`nnviz train` trains them)\n"
        }
        return out
    }

    /// The recorded run of a trained model file, one line: epochs, loss (and accuracy) first → last, test figures.
    static func recordedRun(_ h: TrainingHistory) -> String {
        var line = "recorded run: \(h.epochs) epochs, loss \(TrainRun.change(h.trainLoss, percent: false))"
        if !h.trainAccuracy.isEmpty { line += ", accuracy \(TrainRun.change(h.trainAccuracy, percent: true))" }
        if let last = h.testLoss.last { line += ", test loss \(ModelNumber.text(last))" }
        if let last = h.testAccuracy.last { line += ", test accuracy \(TrainRun.percent(last))" }
        if !h.snapshots.isEmpty { line += ", snapshots at \(h.snapshots.map { String($0.epoch) }.joined(separator: ", "))" }
        return line + " (drawn as recorded; --retrain trains anew)\n"
    }

    private static func weights(_ net: Network) -> String {
        var out = "weights (z = W·a + b, row j of W feeds unit j):\n"
        for (l, layer) in net.layers.enumerated() {
            let rows = layer.weights.rowArrays.map { "[" + $0.map { ModelNumber.text($0) }.joined(separator: ", ") + "]" }
            out += "  layer \(l + 1): W = [\(rows.joined(separator: ", "))]"
            out += layer.hasBias ? "  b = [\(layer.biases.map { ModelNumber.text($0) }.joined(separator: ", "))]\n" : "  (no bias)\n"
        }
        return out
    }

    /// The `inspect --json` object of DESIGN.md §3: name, inputs, parameters, layers, then `regions` (when
    /// given), `units` (when given), `trace` (when points are given) and `backprop` (with `--backprop`), in that order.
    public static func json(_ model: Model, trace: Trace? = nil, regions: JSONValue? = nil, units: JSONValue? = nil,
                            facts: [JSONValue.Member] = [], backprop: Backprop? = nil) -> JSONValue {
        let net = model.network
        var members: [JSONValue.Member] = [
            .init("name", .string(net.name)),
            .init("inputs", .number(Double(net.inputCount))),
            .init("parameters", .number(Double(net.parameterCount))),
            .init("layers", .array(net.layers.map {
                .object([.init("units", .number(Double($0.units))), .init("activation", .string($0.activation.name))])
            })),
        ]
        if let regions { members.append(.init("regions", regions)) }
        if let units { members.append(.init("units", units)) }
        members += facts
        if let trace { members.append(.init("trace", trace.json)) }
        if let backprop { members.append(.init("backprop", backprop.json)) }
        return .object(members)
    }

    /// The full `inspect` output for the options given (`at`: the raw `--at` text; `backprop`: the raw
    /// `--backprop` text, with `learningRate` replacing the model's).
    /// `analysis`: the pipeline's analysis of `model` (computed here when nil). `note` receives the line for
    /// stderr when the regions were sampled past the model's region limit.
    public static func report(_ model: Model, analysis: NetworkAnalysis? = nil, at: String?, json asJSON: Bool,
                              backprop: String? = nil, learningRate: Double? = nil,
                              note: (String) -> Void = { _ in }) throws(CLIError) -> String {
        let trace = try at.map { text throws(CLIError) in
            Trace(network: model.network, points: try PointList.parse(text, inputCount: model.network.inputCount))
        }
        let worked = try backprop.map { text throws(CLIError) in
            try Backprop(model: model, text: text, learningRate: learningRate)
        }
        if asJSON {
            let limit = model.regionLimit ?? Regions2D.defaultLimit
            let analysis = analysis ?? NetworkAnalysis(network: model.network, domain: model.domain, regionLimit: limit,
                                                       fieldResolution: 0)
            // Regions and units of a plane: / line: slice describe the sliced net; decision, metrics and collapse
            // stay those of the full net on the real data.
            let analysed = try analysedModel(model)
            let regionAnalysis = analysed.sliceView == nil ? analysis
                : NetworkAnalysis(network: analysed.network, domain: analysed.domain, regionLimit: limit, fieldResolution: 0)
            if let line = regionsNote(regionAnalysis) { note(line) }
            return json(model, trace: trace, regions: withSlice(regionsJSON(regionAnalysis), of: analysed),
                        units: unitsJSON(regionAnalysis), facts: decisionFacts(model, analysis: analysis),
                        backprop: worked).text
        }
        var out = summary(model) + (try sliceText(model))
        if let trace { out += "\nat the points of --at:\n" + TraceTable.render(trace, network: model.network, data: model.data) }
        if let worked { out += "\n" + BackpropTable.render(worked, network: model.network) }
        return out
    }
}
