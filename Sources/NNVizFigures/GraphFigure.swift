import NNVizEngine
import NNVizScene

/// `graph`: the network in layers, in the seeds' notation (`GraphPanel`), with the ring legend below it and a
/// caption that says what this drawing shows: the parameter count, what colours and widths mean, which
/// weights are zero, which layers are compacted or elided, the mini-plots' value ranges and flagged units.
enum GraphFigure {
    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let mini = context.options.miniPlots ? MiniPlots(context.current.field) : nil
        let flags = GraphUnitFlags(context.current.units)
        let graph = GraphPanel(network: net, mini: mini, flags: flags, showWeights: context.options.showWeights,
                               labelLimit: context.options.weightLabelLimit)
        let legend = flags.legendLines.map { TextPanel(text: $0, role: .small, color: { $0.mutedText }, info: NodeInfo(classes: ["flag-legend"])) }
        // Drawn once at the figure's width: the caption reports what this drawing shows.
        let drawing = graph.drawing(width: theme.size.width - 2 * theme.type.margin, theme: theme)
        let drawn = DrawnPanel(fixedHeight: { _, _ in drawing.height }, body: { r, _ in GraphPanel.place(drawing, in: r) })
        let root = VStack([drawn] + legend.map { $0 as any Panel }, gap: legend.isEmpty ? nil : 0)
        let alt = altText(context.model) + flags.captionSentence
        let scene = FigureCanvas.scene(root, theme: theme, title: "Network graph of \(context.model.name)", description: alt)
        var text = caption(net, theme: theme, drawing: drawing)
        if let mini {
            let names = (0..<(net.layers.count + 1)).map { GraphLayout.caption(column: $0, network: net).title }
            text += mini.scaleSentence(columnNames: names, theme: theme)
        }
        text += flags.captionSentence
        return .figure(Figure(name: .graph, scene: scene, caption: text, altText: alt))
    }

    static func altText(_ model: Model) -> String {
        let net = model.network
        let inputs = (0..<net.inputCount).map { Notation.input($0, names: net.inputNames) }.joined(separator: ", ")
        let hidden = net.hiddenLayers.map { "\($0.units) \($0.activation.name)" }.joined(separator: ", then ")
        let hiddenText = net.hiddenLayers.isEmpty ? "no hidden layer" :
            (net.hiddenLayers.count == 1 ? "one hidden layer of \(hidden) units" : "hidden layers of \(hidden) units")
        return "Network graph of \(model.name): \(plural(net.inputCount, "input")) (\(inputs)), " +
            "\(hiddenText), \(net.outputCount) \(net.outputActivation.name) output\(net.outputCount == 1 ? "" : "s"); " +
            "\(LabelFormat.grouped(net.parameterCount)) parameters."
    }

    static func plural(_ n: Int, _ word: String) -> String { RegionCaption.plural(n, word) }

    static func caption(_ net: Network, theme: FigureTheme, drawing: GraphPanel.Drawing) -> String {
        var text = "\(LabelFormat.grouped(net.parameterCount)) parameters: \(Notation.parameterFormula(net)). "
        text += theme.dashNegative ? "Solid links are positive weights, dashed links negative" : "Solid blue links are positive weights, dashed orange negative"
        text += ", width ∝ |w|"
        if net.layers.contains(where: \.hasBias) { text += "; the +1 nodes carry the biases" }
        text += "."
        if let bare = biasFreeLayers(net) { text += " \(bare) no bias." }
        if drawing.zeroLinks > 0 {
            text += " \(drawing.zeroLinks == 1 ? "1 parameter is" : "\(LabelFormat.grouped(drawing.zeroLinks)) parameters are") exactly 0 and drawn as no link."
        }
        let names = (0..<(net.layers.count + 1)).map { GraphLayout.caption(column: $0, network: net).title }
        let compact = drawing.compactColumns.filter { !drawing.sideLabelled.contains($0) }.map { names[$0] }
        if !compact.isEmpty {
            text += " The units of " + compact.joined(separator: ", ") + (drawing.numbered ? " are numbered from the top." : " are unlabelled, first at the top.")
        }
        for c in drawing.elidedColumns { text += " Not every unit of \(names[c]) fits: the middle ones are left out (\"… n more\")." }
        if let dropped = drawing.droppedLabels {
            if dropped == 0 { text += " Numbers on the links are the weights." } else {
                text += " Numbers on the links are the weights; \(dropped) of \(drawing.links) labels found no place on their link "
                    + "clear of other links and are left out (hover a link for its value)."
            }
        } else if let reason = drawing.labelsOffReason {
            text += " \(reason.prefix(1).uppercased() + reason.dropFirst()) (hover a link for its value)."
        }
        return text
    }

    /// "Layer 2 has" / "Layers 1 and 3 have" for layers written with `bias: false`, nil when every layer has biases.
    static func biasFreeLayers(_ net: Network) -> String? {
        let bare = net.layers.indices.filter { !net.layers[$0].hasBias }
        guard !bare.isEmpty else { return nil }
        let names = bare.map { $0 == net.layers.count - 1 ? "the output layer" : "hidden layer \($0 + 1)" }
        return names.count == 1 ? names[0].prefix(1).uppercased() + names[0].dropFirst() + " has" :
            "The " + names.map { $0.replacingOccurrences(of: "the ", with: "") }.joined(separator: " and ") + " have"
    }
}
