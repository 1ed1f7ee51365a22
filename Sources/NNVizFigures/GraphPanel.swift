import NNVizEngine
import NNVizScene

/// The network graph as a panel: layers left to right across the width it is given (`GraphLayout`), links
/// coloured by sign with width ∝ |w| (exact zeros are not drawn), "+1" bias nodes for layers with biases,
/// weight labels on their links when they can be read, mini-plots in the nodes, rings on dead / always-on units.
/// The same panel serves the full figure and smaller uses (thumbnails, comparisons).
struct GraphPanel: Panel {
    var network: Network
    var mini: MiniPlots?
    var flags: GraphUnitFlags
    /// nil = automatic: labels when there are at most `labelLimit` links and at most a quarter of the labels
    /// find no place on their link.
    var showWeights: Bool?
    var labelLimit: Int

    /// Automatic mode prints the labels when at most this share of them finds no place (the caption counts them).
    static let tolerableDroppedShare = 0.25

    /// What was drawn, for the caption.
    struct Drawing {
        var nodes: [Node]
        var height: Double
        var links: Int
        var zeroLinks: Int
        /// nil when no labels are drawn; else how many labels found no place.
        var droppedLabels: Int?
        /// Why labels are off in automatic mode (nil when they are on or were turned off by the user).
        var labelsOffReason: String?
        var compactColumns: [Int]
        /// Compact columns whose labels stand beside the nodes (inputs and outputs with mini-plots).
        var sideLabelled: [Int] = []
        /// Compact units show their number (circles) rather than nothing (mini-plots).
        var numbered: Bool = false
        var elidedColumns: [Int]
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        GraphLayout(network: network, boxes: mini != nil, width: width, theme: theme).height
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        Self.place(drawing(width: rect.width, theme: theme), in: rect)
    }

    /// A finished drawing moved into `rect`.
    static func place(_ d: Drawing, in rect: Rect) -> [Node] {
        [.group(GroupNode(d.nodes, transform: .translation(rect.minX, rect.minY), info: NodeInfo(classes: ["graph"])))]
    }

    /// Everything the panel draws at `width`, with its origin at (0, 0).
    func drawing(width: Double, theme: FigureTheme) -> Drawing {
        let layout = GraphLayout(network: network, boxes: mini != nil, width: width, theme: theme)
        let (links, zeros) = GraphFigure.makeLinks(network, layout: layout)
        let maxW = links.map { abs($0.weight) }.filter(\.isFinite).max() ?? 1
        let widest = min(theme.stroke(3.5), max(theme.stroke(1), layout.half * 0.5))
        var nodes: [Node] = links.map { GraphFigure.linkNode($0, maxW: maxW, widest: widest, theme: theme) }
        var obstacles: [Rect] = []
        nodes += GraphFigure.unitNodes(layout, mini: mini, flags: flags, theme: theme, obstacles: &obstacles)
        nodes += GraphFigure.layerCaptions(network, layout: layout, theme: theme, obstacles: &obstacles)
        var drawing = Drawing(nodes: [], height: layout.height, links: links.count, zeroLinks: zeros, droppedLabels: nil,
                              labelsOffReason: nil, compactColumns: layout.columns.indices.filter { layout.columns[$0].compact },
                              elidedColumns: layout.columns.indices.filter { layout.columns[$0].ellipsis != nil })
        drawing.sideLabelled = layout.columns.indices.filter { layout.columns[$0].sideLabels }
        drawing.numbered = mini == nil
        if showWeights == nil, links.count > labelLimit {
            drawing.labelsOffReason = "with \(links.count) links the weights are not printed"
        } else if showWeights != false {
            let (labels, dropped) = GraphFigure.weightLabels(links, obstacles: obstacles, theme: theme)
            if showWeights == true {
                nodes.append(.group(GroupNode(labels, info: NodeInfo(classes: ["weight-labels"]))))
                drawing.droppedLabels = dropped
            } else if Double(dropped) > Double(links.count) * Self.tolerableDroppedShare {
                drawing.labelsOffReason = "at this size \(dropped) of \(links.count) weight labels would not fit on their links "
                    + "clear of other links, so none are printed"
            } else {
                nodes.append(.group(GroupNode(labels, info: NodeInfo(classes: ["weight-labels"]))))
                drawing.droppedLabels = dropped
            }
        }
        drawing.nodes = nodes
        return drawing
    }
}

extension GraphFigure {
    struct Link {
        var from: Point, to: Point
        var weight: Double
        var fromID: String, toID: String
        var tooltip: String
    }

    /// The links between drawn nodes, with their weights; exact zeros are left out and counted.
    static func makeLinks(_ net: Network, layout: GraphLayout) -> (links: [Link], zeros: Int) {
        var links: [Link] = [], zeros = 0
        for (l, layer) in net.layers.enumerated() {
            let src = layout.columns[l], dst = layout.columns[l + 1]
            for v in dst.units {
                for u in src.units {
                    let w = layer.weights[v.index, u.index]
                    guard w != 0 else { zeros += 1; continue }
                    let (a, b) = layout.linkEnds(from: u.center, sourceRadius: layout.half, to: v.center)
                    links.append(Link(from: a, to: b, weight: w, fromID: u.id, toID: v.id,
                                      tooltip: "w = \(LabelFormat.short(w, digits: 4)) (\(u.label) → \(v.label))"))
                }
                if let bias = src.bias {
                    let w = layer.biases[v.index]
                    guard w != 0 else { zeros += 1; continue }
                    let (a, b) = layout.linkEnds(from: bias, sourceRadius: layout.biasRadius, to: v.center)
                    links.append(Link(from: a, to: b, weight: w, fromID: "bias-\(l)", toID: v.id,
                                      tooltip: "b = \(LabelFormat.short(w, digits: 4)) (bias of \(v.label))"))
                }
            }
        }
        return (links, zeros)
    }

    static func linkNode(_ link: Link, maxW: Double, widest: Double, theme: FigureTheme) -> Node {
        let negative = link.weight < 0
        let thinnest = theme.stroke(0.5)
        let width = thinnest + (widest - thinnest) * (maxW > 0 ? abs(link.weight) / maxW : 0)
        // Negative links are dashed in every theme, so the sign survives grayscale printing of the light theme too.
        let dash = !negative ? [] : theme.dashNegative ? theme.negativeDash(width: width) : [theme.stroke(4) + width, theme.stroke(2) + width / 2]
        let stroke = Stroke(color: negative ? theme.negative : theme.positive, width: width, dash: dash, cap: .butt)
        let info = NodeInfo(classes: ["link", negative ? "negative" : "positive", "from-\(link.fromID)", "to-\(link.toID)"],
                            tooltip: link.tooltip)
        return .path(PathNode(path: .line(link.from, link.to), stroke: stroke, info: info))
    }

    /// Labels with a halo, on their links; returns the nodes and how many labels found no place.
    static func weightLabels(_ links: [Link], obstacles: [Rect], theme: FigureTheme) -> ([Node], Int) {
        let font = theme.font(.small)
        let texts = links.map { LabelFormat.short($0.weight) }
        let placed = WeightLabelPlacement.place(links.indices.map { (texts[$0], links[$0].from, links[$0].to) }, font: font,
                                                obstacles: obstacles)
        var nodes: [Node] = [], dropped = 0
        for (i, link) in links.enumerated() {
            guard let (center, rect) = placed[i] else { dropped += 1; continue }
            nodes.append(.group(GroupNode([
                .path(PathNode(path: .rect(rect), fill: theme.background.withAlpha(0.9))),
                .text(TextNode(texts[i], at: center, font: font, color: theme.text, anchor: .middle, baseline: .middle)),
            ], info: NodeInfo(classes: ["weight", "from-\(link.fromID)", "to-\(link.toID)"], tooltip: link.tooltip))))
        }
        return (nodes, dropped)
    }
}
