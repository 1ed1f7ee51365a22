import NNVizEngine
import NNVizScene

/// One activation g with its derivative g′ on z ∈ [−4, 4], in the conventions of notes 001 and 004
/// (step(z) = 1 for z ≥ 0; relu′(0) = 0): title, where it is used, the plot, a key.
///
/// g is drawn first and wider, g′ dashed and narrower on top, so both stay visible where they coincide
/// (relu and step for z < 0). The y domain is padded so no curve lies on the frame. Softmax is shown as
/// the slice u₁(z₁) with the other K − 1 logits at 0.
struct ActivationPanel: Panel {
    var activation: Activation
    var roles: String
    /// Classes of a softmax output (K).
    var classes: Int

    static let zRange = (-4.0, 4.0)

    /// The activation's name as the course writes it, the panel's title.
    var title: String {
        switch activation {
        case .step: "step (hard threshold)"
        case .softmax: "softmax, \(classes) classes"
        default: activation.name
        }
    }

    /// The definition, under the title (softmax: the slice drawn).
    var formula: String {
        switch activation {
        case .relu: "g(z) = max{0, z}"
        case .leakyReLU(let s): "g(z) = max{\(LabelFormat.short(s))z, z}"
        case .step: "g(z) = 1 if z ≥ 0, else 0"
        case .sigmoid: "g(z) = 1 / (1 + exp(−z))"
        case .tanh: "g(z) = tanh(z)"
        case .identity: "g(z) = z"
        case .exp: "g(z) = exp(z)"
        case .softmax: "u₁ = exp(z₁) / Σₖ exp(zₖ), other z = 0"
        }
    }

    /// One sentence on what to look at in this panel.
    var whatToSee: String {
        switch activation {
        case .relu: "relu′ jumps from 0 to 1 at z = 0 (relu′(0) = 0, the filled dot)."
        case .leakyReLU(let s): "leaky-relu′ jumps from \(LabelFormat.short(s)) to 1 at z = 0."
        case .step: "step jumps from 0 to 1 at z = 0 (filled dot: g(0) = 1) and step′ = 0 everywhere else."
        case .sigmoid: "sigmoid′ is largest, 0.25, at z = 0."
        case .tanh: "tanh′ is largest, 1, at z = 0."
        case .identity: "identity′ = 1: the layer passes z on unchanged."
        case .exp: "exp′ = exp: the two curves coincide."
        case .softmax: "With the other logits at 0, u₁(0) = 1/\(classes) and ∂u₁/∂z₁ = u₁(1 − u₁)."
        }
    }

    var keyLabels: (String, String) { activation == .softmax ? ("u₁", "∂u₁/∂z₁") : ("g(z)", "g′(z)") }

    func strokes(_ theme: FigureTheme) -> (g: Stroke, d: Stroke) {
        (Stroke(color: theme.series[0], width: theme.stroke(2.4), join: .round),
         Stroke(color: theme.series[1], width: theme.stroke(1.3), dash: [theme.stroke(4), theme.stroke(2.5)], join: .round))
    }

    /// The plot at `width`: the frame 0.7 × as high as wide, but no higher than 16 label heights (a lone
    /// activation at page width stays a modest plot).
    func plot(_ theme: FigureTheme, width: Double) -> PlotPanel {
        var p = plot(theme)
        let m = p.margins(theme)
        p.fixedFrameHeight = min(max(0, width - m.left - m.right) * 0.7, theme.type.label * 16)
        return p
    }

    func plot(_ theme: FigureTheme) -> PlotPanel {
        let (g, d) = curves()
        let values = (g + d).map(\.1).filter(\.isFinite)
        let lo = min(values.min() ?? 0, 0), hi = max(values.max() ?? 1, 1)
        let pad = (hi - lo) * 0.08
        let (gs, ds) = strokes(theme)
        return PlotPanel(xDomain: Self.zRange, yDomain: (lo - pad, hi + pad), xLabel: activation == .softmax ? "z₁" : "z",
                         yLabel: "", xTicks: 4, yTicks: 4, zeroLines: true, aspect: 0.7) { axes, theme in
            axes.line(g, stroke: gs, info: NodeInfo(classes: ["function"]))
                + axes.line(d, stroke: ds, info: NodeInfo(classes: ["derivative"]))
                + jumpMarks(axes: axes, g: gs.color, d: ds.color, theme: theme)
        }
    }

    /// Title, definition and where it is used, wrapped to the width.
    var header: VStack {
        VStack([TextPanel(text: title, role: .label, info: NodeInfo(classes: ["panel-title"])),
                TextPanel(text: formula, role: .small),
                TextPanel(text: "used in: \(roles)", role: .small, color: { $0.mutedText })], gap: 0)
    }

    func plotAndKeyHeight(_ width: Double, theme: FigureTheme) -> Double {
        plot(theme, width: width).height(width: width, theme: theme) + key(theme).height(width: width, theme: theme)
    }

    func key(_ theme: FigureTheme) -> LineKey {
        let (gs, ds) = strokes(theme)
        return LineKey(entries: [.init(label: keyLabels.0, stroke: gs), .init(label: keyLabels.1, stroke: ds)])
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        header.height(width: width, theme: theme) + plotAndKeyHeight(width, theme: theme)
    }

    /// The header at the top, the plot and its key at the bottom of `rect`, so panels side by side in a
    /// row keep their frames level even when one header wraps onto more lines.
    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let w = rect.width, plotPanel = plot(theme, width: w)
        let plotHeight = plotPanel.height(width: w, theme: theme)
        let keyTop = rect.maxY - key(theme).height(width: w, theme: theme)
        let plotRect = Rect(x: rect.minX, y: keyTop - plotHeight, width: w, height: plotHeight)
        let nodes = header.draw(in: rect, theme: theme) + plotPanel.draw(in: plotRect, theme: theme)
            + key(theme).draw(in: Rect(x: rect.minX, y: keyTop, width: w, height: rect.maxY - keyTop), theme: theme)
        return [.group(GroupNode(nodes, info: NodeInfo(id: "activation-\(activation.name)", classes: ["panel"])))]
    }

    /// Sampled g and g′ on the z range; a jump is split with a NaN so no vertical segment is drawn.
    func curves() -> ([(Double, Double)], [(Double, Double)]) {
        let n = 200, k = Double(classes - 1)
        var g: [(Double, Double)] = [], d: [(Double, Double)] = []
        for i in 0...n {
            let z = Self.zRange.0 + (Self.zRange.1 - Self.zRange.0) * Double(i) / Double(n)
            if activation == .softmax {
                let u = 1 / (1 + k * Activation.exp.apply(-z))
                g.append((z, u)); d.append((z, u * (1 - u)))
            } else {
                g.append((z, activation.apply(z))); d.append((z, activation.derivative(z)))
            }
        }
        switch activation {
        case .step: g = Self.split(g); d = d.filter { $0.0 != 0 }
        case .relu, .leakyReLU: d = Self.split(d)
        default: break
        }
        return (g, d)
    }

    /// Inserts a break at z = 0 (points at exactly 0 are left to the open/closed dots).
    static func split(_ pts: [(Double, Double)]) -> [(Double, Double)] {
        pts.filter { $0.0 < 0 } + [(0, .nan)] + pts.filter { $0.0 > 0 }
    }

    /// Closed dot = the value at 0, open dot = the limit from the other side (step g, relu / leaky-relu g′).
    func jumpMarks(axes: Axes, g: Color, d: Color, theme: FigureTheme) -> [Node] {
        let marks: [(closed: Double, open: Double, color: Color)]
        switch activation {
        case .step: marks = [(1, 0, g)]
        case .relu: marks = [(0, 1, d)]
        case .leakyReLU(let s): marks = [(s, 1, d)]
        default: marks = []
        }
        let r = theme.stroke(3)
        return marks.flatMap { m -> [Node] in
            [.path(PathNode(path: .circle(center: axes.point(0, m.open), radius: r), fill: theme.background,
                            stroke: Stroke(color: m.color, width: theme.stroke(1.3)))),
             .path(PathNode(path: .circle(center: axes.point(0, m.closed), radius: r), fill: m.color))]
        }
    }
}
