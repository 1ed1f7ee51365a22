import enum NNVizScene.MarkupEscape
import NNVizEngine
import NNVizFigures
import Plot

/// The model summary table and the training summary, as Plot nodes. User strings are escaped with `MarkupEscape`.
enum ModelSummary {
    static func safe(_ s: String) -> Node<HTML.BodyContext> { ReportPage.safe(s) }

    static func table(_ model: Model) -> Node<HTML.BodyContext> {
        let net = model.network
        var rows: [Node<HTML.TableContext>] = [.tr(.th("layer"), .th("units"), .th("W shape"), .th("activation"), .th("parameters"))]
        rows.append(.tr(.td("input"), .td(.class("number"), .text("\(net.inputCount)")), .td("—"),
                        .td(.raw(MarkupEscape.escape(net.inputNames.joined(separator: ", ")))), .td(.class("number"), .text("0"))))
        for (l, layer) in net.layers.enumerated() {
            let name = l == net.layers.count - 1 ? "output" : (net.layers.count > 2 ? "hidden \(l + 1)" : "hidden")
            rows.append(.tr(.td(.text(name)), .td(.class("number"), .text("\(layer.units)")),
                            .td(.text("\(layer.units) × \(layer.inputs)")), .td(.text(layer.activation.name)),
                            .td(.class("number"), .text("\(layer.parameterCount)"))))
        }
        rows.append(.tr(.th("total"), .td(), .td(), .td(), .td(.class("number"), .strong(.text("\(net.parameterCount)")))))
        return .table(.class("summary"), .group(rows))
    }

    static func facts(_ model: Model) -> Node<HTML.BodyContext> {
        let net = model.network
        let domain = model.domain.enumerated().map { i, r in
            "\(Notation.input(i, names: net.inputNames)) ∈ [\(LabelFormat.short(r.lowerBound)), \(LabelFormat.short(r.upperBound))]"
        }.joined(separator: ", ")
        var items: [(String, String)] = [
            ("parameters", "\(net.parameterCount) = \(Notation.parameterFormula(net))"),
            ("task", net.isClassifier ? "classification into \(net.classCount ?? 2) classes" : "regression"),
            ("input domain", domain.isEmpty ? "—" : domain),
        ]
        if let data = model.data {
            items.append(("data", "\(data.count) training points" + (data.hasTestSplit ? ", \(data.testTargets.count) test points" : "")))
        }
        return definitionList(items)
    }

    static func training(_ model: Model, history: LossHistory?) -> Node<HTML.BodyContext>? {
        guard let h = history else { return nil }
        var items: [(String, String)] = [("loss", "\(h.lossName) (\(h.reduction))"), ("epochs", "\(h.epochs)")]
        if let c = model.training {
            items.append(("optimiser", "\(c.optimizer.rawValue), learning rate \(LabelFormat.short(c.learningRate, digits: 4))"))
            items.append(("batch", c.batchSize == 0 ? "full batch" : "\(c.batchSize) points"))
            items.append(("seed", "\(c.seed)"))
        } else if !h.optimizer.isEmpty {
            items.append(("optimiser", h.optimizer))
        }
        if let first = h.trainLoss.first, let last = h.trainLoss.last {
            items.append(("training loss", "\(LabelFormat.short(first, digits: 4)) → \(LabelFormat.short(last, digits: 4))"))
        }
        if let t = h.testLoss.last { items.append(("test loss", LabelFormat.short(t, digits: 4))) }
        if let a = h.trainAccuracy.last { items.append(("training accuracy", "\(LabelFormat.short(a * 100, digits: 4)) %")) }
        if let a = h.testAccuracy.last { items.append(("test accuracy", "\(LabelFormat.short(a * 100, digits: 4)) %")) }
        if !h.snapshotEpochs.isEmpty { items.append(("snapshots", h.snapshotEpochs.map(String.init).joined(separator: ", "))) }
        return definitionList(items)
    }

    static func definitionList(_ items: [(String, String)]) -> Node<HTML.BodyContext> {
        .dl(.class("facts"), .group(items.map { key, value in
            Node<HTML.DescriptionListContext>.group(.dt(.raw(MarkupEscape.escape(key))), .dd(.raw(MarkupEscape.escape(value))))
        }))
    }
}
