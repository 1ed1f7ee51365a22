import NNVizEngine
import NNVizScene

/// `activations`: every activation the model uses (hidden layers, then the output), each plotted with its
/// derivative, in the conventions of seeds 001 and 004 (step(z) = 1 for z ≥ 0; relu′(0) = 0; softmax as its
/// two-class slice σ(z₁ − z₂)).
enum ActivationsFigure {
    static let zRange = (-4.0, 4.0)

    static func build(_ context: FigureContext) -> FigureOutcome {
        let used = usedActivations(context.network)
        let theme = context.theme
        let grid = PanelGrid(count: used.count, maxColumns: 3, cellWidth: 300, cellHeight: 250, top: 8)
        var nodes: [Node] = []
        for (i, entry) in used.enumerated() {
            nodes.append(.group(GroupNode(panel(entry.activation, roles: entry.roles, cell: grid.cell(i), theme: theme),
                                          info: NodeInfo(id: "activation-\(entry.activation.name)", classes: ["panel"]))))
        }
        let names = used.map { "\($0.activation.name) (\($0.roles))" }.joined(separator: ", ")
        let alt = "Plots of the activation functions used by \(context.model.name): \(names); each shows g(z) as a solid line " +
            "and its derivative g′(z) as a dashed line for z from −4 to 4."
        let scene = Scene(width: grid.width, height: grid.height + 8, title: "Activation functions of \(context.model.name)",
                          description: alt, background: theme.background, nodes: nodes)
        let caption = "Activation functions used by this model, with their derivatives (dashed): \(names). " +
            "Conventions: step(z) = 1 for z ≥ 0; relu′(0) = 0; step′ = 0 away from 0."
        return .figure(Figure(name: .activations, scene: scene, caption: caption, altText: alt))
    }

    /// The distinct activations in order of first use, with where they are used ("hidden layer 1", "output").
    static func usedActivations(_ network: Network) -> [(activation: Activation, roles: String)] {
        var result: [(Activation, [String])] = []
        for (l, layer) in network.layers.enumerated() {
            let role = l == network.layers.count - 1 ? "output" : (network.layers.count > 2 ? "hidden \(l + 1)" : "hidden")
            if let i = result.firstIndex(where: { $0.0 == layer.activation }) { result[i].1.append(role) } else { result.append((layer.activation, [role])) }
        }
        return result.map { ($0.0, $0.1.joined(separator: ", ")) }
    }

    /// The title formula of an activation.
    static func formula(_ a: Activation) -> String {
        switch a {
        case .relu: "relu: g(z) = max(0, z)"
        case .leakyReLU(let s): "leaky-relu: g(z) = max(\(LabelFormat.short(s))z, z)"
        case .step: "step: g(z) = 1 if z ≥ 0, else 0"
        case .sigmoid: "sigmoid: g(z) = 1 / (1 + e⁻ᶻ)"
        case .tanh: "tanh: g(z) = tanh(z)"
        case .identity: "identity: g(z) = z"
        case .exp: "exp: g(z) = eᶻ"
        case .softmax: "softmax, 2 classes: σ(z₁ − z₂)"
        }
    }

    static func panel(_ a: Activation, roles: String, cell: Rect, theme: FigureTheme) -> [Node] {
        let frame = Rect(x: cell.minX + 58, y: cell.minY + 40, width: cell.width - 78, height: cell.height - 88)
        let (g, d) = curves(a)
        let values = (g + d).map(\.1).filter(\.isFinite)
        let (ylo, yhi) = PlotScale.nice(min(values.min() ?? 0, 0), max(values.max() ?? 1, 1), count: 4)
        let axes = Axes(frame: frame, xDomain: zRange, yDomain: (ylo, yhi))
        let xLabel = a == .softmax ? "z₁ − z₂" : "z"
        var nodes = axes.decoration(theme: theme, xLabel: xLabel, yLabel: "", xTicks: 4, yTicks: 4, zeroLines: true)
        nodes.append(.text(TextNode(formula(a), at: Point(cell.minX + 12, cell.minY + 14), font: theme.font(12, bold: true),
                                    color: theme.text, baseline: .middle)))
        nodes.append(.text(TextNode("used in: \(roles)", at: Point(cell.minX + 12, cell.minY + 29), font: theme.font(10),
                                    color: theme.mutedText, baseline: .middle)))
        let gStroke = Stroke(color: theme.series[0], width: 2, join: .round)
        let dStroke = Stroke(color: theme.series[1], width: 1.75, dash: [5, 3], join: .round)
        nodes += axes.line(d, stroke: dStroke, info: NodeInfo(classes: ["derivative"]))
        nodes += axes.line(g, stroke: gStroke, info: NodeInfo(classes: ["function"]))
        nodes += jumpMarks(a, axes: axes, g: gStroke.color, d: dStroke.color, theme: theme)
        let legend = Legend(entries: [.init(label: a == .softmax ? "σ(z₁ − z₂)" : "g(z)", stroke: gStroke),
                                      .init(label: a == .softmax ? "∂/∂z₁" : "g′(z)", stroke: dStroke)])
        nodes += legend.nodes(at: Point(frame.minX + 6, frame.minY + 6), theme: theme)
        return nodes
    }

    /// Sampled g and g′ on the z range; a jump is split with a NaN so no vertical segment is drawn.
    static func curves(_ a: Activation) -> ([(Double, Double)], [(Double, Double)]) {
        let n = 200
        var g: [(Double, Double)] = [], d: [(Double, Double)] = []
        for i in 0...n {
            let z = zRange.0 + (zRange.1 - zRange.0) * Double(i) / Double(n)
            if a == .softmax {
                let s = Activation.logistic(z)
                g.append((z, s)); d.append((z, s * (1 - s)))
            } else {
                g.append((z, a.apply(z))); d.append((z, a.derivative(z)))
            }
        }
        switch a {
        case .step: g = split(g); d = d.filter { $0.0 != 0 }
        case .relu, .leakyReLU: d = split(d)
        default: break
        }
        return (g, d)
    }

    /// Inserts a break at z = 0 (points at exactly 0 are left to the open/closed dots).
    static func split(_ pts: [(Double, Double)]) -> [(Double, Double)] {
        pts.filter { $0.0 < 0 } + [(0, .nan)] + pts.filter { $0.0 > 0 }
    }

    /// Closed dot = the value at 0, open dot = the limit from the other side (step g, relu / leaky-relu g′).
    static func jumpMarks(_ a: Activation, axes: Axes, g: Color, d: Color, theme: FigureTheme) -> [Node] {
        let marks: [(closed: Double, open: Double, color: Color)]
        switch a {
        case .step: marks = [(1, 0, g)]
        case .relu: marks = [(0, 1, d)]
        case .leakyReLU(let s): marks = [(s, 1, d)]
        default: marks = []
        }
        var nodes: [Node] = []
        for m in marks {
            nodes.append(.path(PathNode(path: .circle(center: axes.point(0, m.open), radius: 3.5), fill: theme.background,
                                        stroke: Stroke(color: m.color, width: 1.5))))
            nodes.append(.path(PathNode(path: .circle(center: axes.point(0, m.closed), radius: 3.5), fill: m.color)))
        }
        return nodes
    }
}
