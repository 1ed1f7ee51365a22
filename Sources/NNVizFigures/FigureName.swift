import Foundation

/// The figure kinds of DESIGN.md §3. The raw value is the name used by `nnviz render --figures`
/// and by the files `DIR/figures/NAME.{svg,png,pdf}`; the case order is the order of the report.
public enum FigureName: String, CaseIterable, Sendable, Comparable {
    case graph, activations, loss, steps, regions, patterns, surface, boundary, lines, compare, collapse,
         warp, svd, filmstrip, computation

    /// A short human title, used as the heading of the figure in the report.
    public var title: String {
        switch self {
        case .graph: "Network graph"
        case .activations: "Activation functions"
        case .loss: "Loss curves"
        case .steps: "The four steps (1-D)"
        case .regions: "Linear regions"
        case .patterns: "Activation patterns"
        case .surface: "Output surface"
        case .boundary: "Decision boundary"
        case .lines: "First-layer unit lines"
        case .compare: "Same weights, other activations"
        case .collapse: "Collapse of a linear network"
        case .warp: "Space warping"
        case .svd: "A 2×2 layer as rotation · scale · reflection"
        case .filmstrip: "Training filmstrip"
        case .computation: "Computation graph"
        }
    }

    public static func < (a: FigureName, b: FigureName) -> Bool {
        FigureName.allCases.firstIndex(of: a) ?? 0 < FigureName.allCases.firstIndex(of: b) ?? 0
    }

    /// Every valid name, comma separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a comma-separated list ("graph,loss"); blanks are ignored, duplicates kept once, order of the report.
    /// Throws `FigureError.unknownFigure` naming the bad entry and listing the valid names.
    public static func parseList(_ text: String) throws(FigureError) -> [FigureName] {
        var result: [FigureName] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let figure = FigureName(rawValue: name) else { throw .unknownFigure(name) }
            if !result.contains(figure) { result.append(figure) }
        }
        return result.sorted()
    }
}
