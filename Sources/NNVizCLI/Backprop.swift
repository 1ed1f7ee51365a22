import Foundation
import NNVizEngine

/// What `nnviz inspect --backprop "x1,x2:y;…"` shows: one mini-batch's forward values and backward quantities
/// (seeds 001 and 004), then one gradient step θ ← θ − α·∂L/∂θ. Every number comes from the engine
/// (`Network.backwardPass`, `Network.gradientStep`): the loss is the training loss with its reduction, the step is
/// the update one full-batch epoch of `optimizer: sgd` training makes.
public struct Backprop: Sendable {
    /// The points of the mini-batch (one row each) and their targets.
    public var points: [[Double]]
    public var targets: [Double]
    public var loss: LossKind
    /// The engine's forward and backward pass over the batch.
    public var pass: BackwardPass
    /// α of the step.
    public var learningRate: Double
    /// The network after the step, and the mean loss of the batch with it.
    public var after: Network
    public var lossAfter: Double

    /// Parses `text` (points `x1,x2:y` separated by `;`) and runs the passes with the model's loss (its `train:`
    /// settings or the defaults for its output) and learning rate (or `learningRate` when given).
    public init(model: Model, text: String, learningRate: Double? = nil) throws(CLIError) {
        let net = model.network
        let settings = model.training ?? .defaults(for: net)
        let (points, targets) = try Self.parse(text, inputCount: net.inputCount)
        self.points = points
        self.targets = targets
        loss = settings.loss
        self.learningRate = learningRate ?? settings.learningRate
        guard self.learningRate > 0, self.learningRate.isFinite else {
            throw CLIError("--learning-rate must be a positive number (got \(self.learningRate)).")
        }
        try Self.checkTargets(targets, loss: loss, network: net)
        do {
            pass = try net.backwardPass(inputs: Matrix(points), targets: targets, loss: loss)
            after = net.gradientStep(pass.gradients, learningRate: self.learningRate)
            lossAfter = try after.loss(inputs: Matrix(points), targets: targets, loss: loss)
        } catch {
            throw CLIError("--backprop cannot run on this model: \(error.description)")
        }
    }

    /// `x1,x2:y;…` → points and targets; throws naming the bad point (1-based).
    static func parse(_ text: String, inputCount: Int) throws(CLIError) -> (points: [[Double]], targets: [Double]) {
        let example = inputCount == 1 ? "--backprop \"0:1;3:0\"" : "--backprop \"0,1:1;1,0:0\""
        var points: [[Double]] = []
        var targets: [Double] = []
        for (i, part) in try PointList.parts(text, option: "--backprop", example: example).enumerated() {
            let halves = part.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count == 2 else {
                throw CLIError("--backprop point \(i + 1) '\(part)' needs its target after a ':', e.g. \(example).")
            }
            points.append(try PointList.coordinates(String(halves[0]), index: i, inputCount: inputCount, option: "--backprop"))
            let target = halves[1].trimmingCharacters(in: .whitespaces)
            guard let y = Double(target), y.isFinite else {
                throw CLIError("--backprop point \(i + 1) '\(part)': the target '\(target)' is not a finite number.")
            }
            targets.append(y)
        }
        return (points, targets)
    }

    /// The targets the loss accepts (bce: 0 or 1; cross-entropy: a class index), as a `--backprop` message.
    static func checkTargets(_ targets: [Double], loss: LossKind, network: Network) throws(CLIError) {
        do {
            try Loss.validateTargets(targets, loss: loss, outputUnits: network.outputCount)
        } catch {
            guard case .invalidTarget(let index, let value, _, let classes) = error else {
                throw CLIError("--backprop: \(error.description)")
            }
            let allowed = loss == .bce ? "0 or 1" : "a class index from 0 to \(classes - 1)"
            throw CLIError("--backprop point \(index + 1) has target \(ModelNumber.text(value)), but the "
                           + "\(loss.rawValue) loss needs \(allowed).")
        }
    }

    /// The `backprop` member of `inspect --json`: points, targets, loss, reduction, layers [{z, u, dL_dz, dL_dW,
    /// dL_db}] (no dL_db for a layer without bias), step {learningRate, lossAfter}.
    public var json: JSONValue {
        let rows = { (m: Matrix) in JSONValue.array(m.rowArrays.map(JSONValue.numbers)) }
        let layers = zip(pass.forward.layers, pass.layers).map { values, backward in
            var members: [JSONValue.Member] = [
                .init("z", rows(values.z)), .init("u", rows(values.u)),
                .init("dL_dz", rows(backward.errorTerm)), .init("dL_dW", rows(backward.weightGradient)),
            ]
            if let b = backward.biasGradient { members.append(.init("dL_db", .numbers(b))) }
            return JSONValue.object(members)
        }
        return .object([
            .init("points", .array(points.map(JSONValue.numbers))),
            .init("targets", .numbers(targets)),
            .init("loss", .number(pass.loss)),
            .init("reduction", .string("mean")),
            .init("layers", .array(layers)),
            .init("step", .object([.init("learningRate", .number(learningRate)), .init("lossAfter", .number(lossAfter))])),
        ])
    }
}
