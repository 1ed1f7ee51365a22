import NNVizEngine
import NNVizScene

/// `activations`: every activation the model uses (hidden layers, then the output), each in its own
/// `ActivationPanel` with its derivative, as small multiples that fit the width.
enum ActivationsFigure {
    static func build(_ context: FigureContext) -> FigureOutcome {
        let used = usedActivations(context.network)
        let theme = context.theme
        let classes = max(2, context.network.outputCount)
        let panels = used.map { ActivationPanel(activation: $0.activation, roles: $0.roles, classes: classes) }
        let grid = SmallMultiples(panels: panels, minimumCellWidth: { $0.type.label * 14 }, maxColumns: 3)
        let names = used.map { "\($0.activation.name) (\($0.roles))" }.joined(separator: ", ")
        let alt = "Plots of the activation functions used by \(context.model.name): \(names); each shows g(z) as a solid line " +
            "and its derivative g′(z) as a dashed line for z from −4 to 4."
        let scene = FigureCanvas.scene(grid, theme: theme, title: "Activation functions of \(context.model.name)", description: alt)
        var caption = "Activation functions used by this model (\(names)): g(z) solid, its derivative g′(z) dashed on top."
        caption += " " + panels.map(\.whatToSee).joined(separator: " ")
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
}
