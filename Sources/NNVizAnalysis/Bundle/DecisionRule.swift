import NNVizEngine

/// How a model's output becomes a decision — one rule for every figure, caption and `inspect --json`:
/// softmax → the argmax class; sigmoid → class 1 where ŷ > 0.5; step → class 1 where ŷ = 1 (ŷ > 0.5); one identity
/// output → a binary classifier at ŷ > `threshold:` when the model file sets one, else at ŷ > 0.5 when every target
/// of its data is 0 or 1 (XOR), else a regression with no boundary; several identity outputs → a regression.
public struct DecisionRule: Sendable, Equatable {
    public enum Kind: String, Sendable { case binary, multiclass, regression }
    public var kind: Kind
    /// The threshold on ŷ of a binary decision; nil otherwise.
    public var threshold: Double?
    /// The number of classes (2 for binary, the outputs for softmax, 0 for regression).
    public var classCount: Int

    public init(_ model: Model) {
        let net = model.network
        switch net.outputActivation {
        case .softmax:
            self.init(kind: .multiclass, threshold: nil, classCount: net.outputCount)
        case .sigmoid, .step:
            self.init(kind: .binary, threshold: 0.5, classCount: 2)
        default:
            if net.outputCount == 1, let t = model.threshold {
                self.init(kind: .binary, threshold: t, classCount: 2)
            } else if net.outputCount == 1, let data = model.data, data.count + data.testTargets.count > 0,
                      (data.targets + data.testTargets).allSatisfy({ $0 == 0 || $0 == 1 }) {
                self.init(kind: .binary, threshold: 0.5, classCount: 2)
            } else {
                self.init(kind: .regression, threshold: nil, classCount: 0)
            }
        }
    }

    public init(kind: Kind, threshold: Double?, classCount: Int) {
        self.kind = kind
        self.threshold = threshold
        self.classCount = classCount
    }

    /// The class predicted for one output row ŷ (nil for a regression).
    public func predictedClass(_ output: [Double]) -> Int? {
        switch kind {
        case .multiclass: output.indices.max { output[$0] < output[$1] }
        case .binary: (output.first ?? 0) > (threshold ?? 0.5) ? 1 : 0
        case .regression: nil
        }
    }

    /// One sentence for captions: "class 1 where ŷ > 0.5", "the class with the largest ŷₖ", or "a regression".
    public var sentence: String {
        switch kind {
        case .multiclass: "the predicted class is the one with the largest output (argmax)"
        case .binary: "class 1 where ŷ > \(threshold.map { "\($0)" } ?? "0.5"), class 0 elsewhere"
        case .regression: "a regression: no decision boundary"
        }
    }
}

/// Accuracy and the confusion matrix of a classifier on a set of points (rows = true class, columns = predicted).
public struct ClassificationMetrics: Sendable, Equatable {
    /// Correct predictions over all points, in [0, 1].
    public var accuracy: Double
    /// `confusion[t][p]`: the number of points of true class t predicted as p.
    public var confusion: [[Int]]
    public var count: Int

    /// Nil for a regression, for no points, or for targets that are not class indices of the rule.
    public init?(network: Network, rule: DecisionRule, inputs: Matrix, targets: [Double]) {
        guard rule.kind != .regression, !targets.isEmpty, inputs.rows == targets.count else { return nil }
        let k = rule.classCount
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        let output = network.forward(inputs).output
        var correct = 0
        for (i, t) in targets.enumerated() {
            guard t == t.rounded(), t >= 0, Int(t) < k, let p = rule.predictedClass(output.row(i)), p < k else { return nil }
            confusion[Int(t)][p] += 1
            if Int(t) == p { correct += 1 }
        }
        self.confusion = confusion
        self.count = targets.count
        accuracy = Double(correct) / Double(targets.count)
    }
}

/// The metrics of a model on its data: train, and test when the data have a test split.
public struct ModelMetrics: Sendable, Equatable {
    public var train: ClassificationMetrics?
    public var test: ClassificationMetrics?

    /// Nil unless the model is a classifier with data.
    public init?(_ model: Model, rule: DecisionRule) {
        guard let data = model.data else { return nil }
        train = ClassificationMetrics(network: model.network, rule: rule, inputs: data.inputs, targets: data.targets)
        test = data.hasTestSplit
            ? ClassificationMetrics(network: model.network, rule: rule, inputs: data.testInputs, targets: data.testTargets)
            : nil
        if train == nil && test == nil { return nil }
    }
}
