import NNVizEngine
import NNVizScene

/// `graph`: the network in layers, in the seeds' notation; links coloured by the sign of the weight with
/// width ∝ |w|, a "+1" node per layer carrying the biases, weight values on the links of small networks,
/// wide layers elided, optional mini-plots of every unit over the domain.
enum GraphFigure {
    struct Link {
        var from: Point, to: Point
        var weight: Double
        var fromID: String, toID: String
        var tooltip: String
    }

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let mini = context.options.miniPlots ? MiniPlots(context.current.field) : nil
        let showWeights = context.options.showWeights ?? (net.parameterCount <= context.options.weightLabelLimit)
        let layout = GraphLayout(network: net, boxes: mini != nil, spacing: showWeights ? 190 : 150)
        let links = makeLinks(net, layout: layout, boxes: mini != nil)
        let maxW = links.map { abs($0.weight) }.filter(\.isFinite).max() ?? 1
        var nodes: [Node] = links.map { linkNode($0, maxW: maxW, theme: theme) }
        var obstacles: [Rect] = []
        let flags = GraphUnitFlags(context.current.units)
        nodes += unitNodes(layout, mini: mini, flags: flags, theme: theme, obstacles: &obstacles)
        nodes += layerCaptions(net, layout: layout, theme: theme)
        var dropped = 0
        if showWeights {
            let (labels, missing) = weightLabels(links, obstacles: obstacles, theme: theme)
            nodes.append(.group(GroupNode(labels, info: NodeInfo(classes: ["weight-labels"]))))
            dropped = missing
        }
        let legend = flags.legend(x: layout.width / 2, top: layout.height, theme: theme)
        nodes += legend
        let height = layout.height + 15 * Double(legend.count) + (legend.isEmpty ? 0 : 4)
        let alt = altText(context.model) + flags.captionSentence
        let scene = Scene(width: layout.width, height: height, title: "Network graph of \(context.model.name)",
                          description: alt, background: theme.background, nodes: nodes)
        let text = caption(net, theme: theme, showWeights: showWeights, dropped: dropped, mini: mini != nil) + flags.captionSentence
        return .figure(Figure(name: .graph, scene: scene, caption: text, altText: alt))
    }

    static func makeLinks(_ net: Network, layout: GraphLayout, boxes: Bool) -> [Link] {
        var links: [Link] = []
        for (l, layer) in net.layers.enumerated() {
            let src = layout.columns[l], dst = layout.columns[l + 1]
            for v in dst.units {
                for u in src.units {
                    let (a, b) = layout.linkEnds(from: u.center, sourceRadius: layout.half, to: v.center, boxes: boxes)
                    let w = layer.weights[v.index, u.index]
                    links.append(Link(from: a, to: b, weight: w, fromID: u.id, toID: v.id,
                                      tooltip: "w = \(LabelFormat.short(w, digits: 4)) (\(u.label) → \(v.label))"))
                }
                if let bias = src.bias {
                    let (a, b) = layout.linkEnds(from: bias, sourceRadius: layout.biasRadius, to: v.center, boxes: boxes)
                    let w = layer.biases[v.index]
                    links.append(Link(from: a, to: b, weight: w, fromID: "graph-bias-\(l)", toID: v.id,
                                      tooltip: "b = \(LabelFormat.short(w, digits: 4)) (bias of \(v.label))"))
                }
            }
        }
        return links
    }

    static func linkNode(_ link: Link, maxW: Double, theme: FigureTheme) -> Node {
        let negative = link.weight < 0
        let width = 0.75 + 4.25 * (maxW > 0 ? abs(link.weight) / maxW : 0)
        let dash = negative ? theme.negativeDash(width: width) : []
        let stroke = Stroke(color: negative ? theme.negative : theme.positive, width: width, dash: dash, cap: .butt)
        let info = NodeInfo(classes: ["link", negative ? "negative" : "positive", "from-\(link.fromID)", "to-\(link.toID)"],
                            tooltip: link.tooltip)
        return .path(PathNode(path: .line(link.from, link.to), stroke: stroke, info: info))
    }

    static func layerCaptions(_ net: Network, layout: GraphLayout, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let y = layout.height - 30
        for (c, col) in layout.columns.enumerated() {
            let x = col.units.first?.center.x ?? 0
            let (title, detail): (String, String)
            if c == 0 { (title, detail) = ("input", "\(net.inputCount) feature\(net.inputCount == 1 ? "" : "s")") } else {
                let layer = net.layers[c - 1]
                let last = c == net.layers.count
                title = last ? "output" : (net.layers.count > 2 ? "hidden \(c)" : "hidden")
                detail = "\(layer.units) × \(layer.activation.name)"
            }
            nodes.append(.text(TextNode(title, at: Point(x, y), font: theme.font(11, bold: true), color: theme.text, anchor: .middle, baseline: .middle)))
            nodes.append(.text(TextNode(detail, at: Point(x, y + 15), font: theme.font(10), color: theme.mutedText, anchor: .middle, baseline: .middle)))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["layer-captions"])))]
    }

    /// Labels with a halo, placed without overlaps; returns the nodes and how many labels found no room.
    static func weightLabels(_ links: [Link], obstacles: [Rect], theme: FigureTheme) -> ([Node], Int) {
        let font = theme.font(10)
        let texts = links.map { LabelFormat.short($0.weight) }
        let placed = WeightLabelPlacement.place(links.indices.map { (texts[$0], links[$0].from, links[$0].to) }, font: font,
                                                obstacles: obstacles)
        var nodes: [Node] = [], dropped = 0
        for (i, link) in links.enumerated() {
            guard let (center, rect) = placed[i] else { dropped += 1; continue }
            nodes.append(.group(GroupNode([
                .path(PathNode(path: .rect(rect), fill: theme.background.withAlpha(0.88))),
                .text(TextNode(texts[i], at: center, font: font, color: theme.text, anchor: .middle, baseline: .middle)),
            ], info: NodeInfo(classes: ["weight", "from-\(link.fromID)", "to-\(link.toID)"], tooltip: link.tooltip))))
        }
        return (nodes, dropped)
    }

    static func altText(_ model: Model) -> String {
        let net = model.network
        let inputs = (0..<net.inputCount).map { Notation.input($0, names: net.inputNames) }.joined(separator: ", ")
        let hidden = net.hiddenLayers.map { "\($0.units) \($0.activation.name)" }.joined(separator: ", then ")
        let hiddenText = net.hiddenLayers.isEmpty ? "no hidden layer" :
            (net.hiddenLayers.count == 1 ? "one hidden layer of \(hidden) units" : "hidden layers of \(hidden) units")
        return "Network graph of \(model.name): \(net.inputCount) input\(net.inputCount == 1 ? "" : "s") (\(inputs)), " +
            "\(hiddenText), \(net.outputCount) \(net.outputActivation.name) output\(net.outputCount == 1 ? "" : "s"); " +
            "\(net.parameterCount) parameters."
    }

    static func caption(_ net: Network, theme: FigureTheme, showWeights: Bool, dropped: Int, mini: Bool) -> String {
        var text = "\(net.parameterCount) parameters: \(Notation.parameterFormula(net)). "
        text += theme.dashNegative ? "Solid links are positive weights, dashed links negative; " : "Blue links are positive weights, orange negative; "
        text += "width ∝ |w|; the +1 nodes carry the biases."
        if showWeights { text += dropped == 0 ? " Numbers on the links are the weights." : " \(dropped) weight labels found no free room (hover a link for its value)." }
        if mini { text += " Each unit shows its output over the input domain (white = 0)." }
        return text
    }
}
