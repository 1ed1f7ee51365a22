import NNVizAnalysis
import NNVizEngine

extension Inspect {
    /// The `decision`, `metrics` and `collapse` members of `inspect --json`, in that order:
    /// `"decision": {"kind": "binary", "threshold": 0.5}` (always; `threshold` only for binary),
    /// `"metrics": {"train": {"accuracy": 0.75, "confusion": [[1, 1], [0, 2]]}, "test": {…}}` (classifiers with data;
    /// accuracy a fraction, confusion rows = true class, columns = predicted class, counts),
    /// `"collapse": {"weights": [[…]], "biases": […]}` (every hidden layer identity: the one equivalent layer,
    /// weights of shape outputs × inputs).
    static func decisionFacts(_ model: Model, analysis: NetworkAnalysis) -> [JSONValue.Member] {
        let rule = DecisionRule(model)
        var decision: [JSONValue.Member] = [.init("kind", .string(rule.kind.rawValue))]
        if let t = rule.threshold { decision.append(.init("threshold", .number(t))) }
        var members: [JSONValue.Member] = [.init("decision", .object(decision))]
        if let metrics = ModelMetrics(model, rule: rule) {
            var parts: [JSONValue.Member] = []
            if let train = metrics.train { parts.append(.init("train", metricsJSON(train))) }
            if let test = metrics.test { parts.append(.init("test", metricsJSON(test))) }
            members.append(.init("metrics", .object(parts)))
        }
        if let collapse = analysis.collapse {
            members.append(.init("collapse", .object([
                .init("weights", .array(collapse.weights.rowArrays.map(JSONValue.numbers))),
                .init("biases", .numbers(collapse.biases)),
            ])))
        }
        return members
    }

    static func metricsJSON(_ m: ClassificationMetrics) -> JSONValue {
        .object([.init("accuracy", .number(m.accuracy)),
                 .init("confusion", .array(m.confusion.map { .numbers($0.map(Double.init)) }))])
    }
}
