import NNVizAnalysis
import NNVizScene

/// The nodes of the network graph: "+1" bias nodes, units (circle with label, or mini-plot box with the label
/// above), the "⋮ (+N)" of elided layers. Every drawn box is added to `obstacles` for the weight labels.
extension GraphFigure {
    static func unitNodes(_ layout: GraphLayout, mini: MiniPlots?, flags: GraphUnitFlags, theme: FigureTheme,
                          obstacles: inout [Rect]) -> [Node] {
        var nodes: [Node] = []
        for (c, col) in layout.columns.enumerated() {
            if let b = col.bias { nodes.append(biasNode(b, column: c, layout: layout, theme: theme, obstacles: &obstacles)) }
            for u in col.units {
                nodes.append(unitNode(u, layout: layout, mini: mini, activity: flags.activity(column: c, unit: u.index),
                                      theme: theme, obstacles: &obstacles))
            }
            if let (p, n) = col.ellipsis { nodes.append(ellipsisNode(at: p, count: n, theme: theme, obstacles: &obstacles)) }
        }
        return nodes
    }

    static func biasNode(_ b: Point, column c: Int, layout: GraphLayout, theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        obstacles.append(Rect(x: b.x - 13, y: b.y - 13, width: 26, height: 26))
        return .group(GroupNode([
            .path(PathNode(path: .circle(center: b, radius: layout.biasRadius), fill: theme.nodeFill,
                           stroke: Stroke(color: theme.mutedText, width: 1, dash: [2, 2]))),
            .text(TextNode("+1", at: b, font: theme.font(10), color: theme.mutedText, anchor: .middle, baseline: .middle)),
        ], info: NodeInfo(id: "graph-bias-\(c)", classes: ["bias"], tooltip: "constant 1: its links carry the biases")))
    }

    static func unitNode(_ u: GraphLayout.Unit, layout: GraphLayout, mini: MiniPlots?, activity: UnitActivity?,
                         theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        let box = layout.box(u)
        obstacles.append(activity == nil ? box : box.insetBy(-6))
        let labelFont = theme.font(mini == nil ? 14 : 12)
        var parts: [Node] = []
        if let mini {
            parts += mini.nodes(column: u.column, unit: u.index, box: box, theme: theme)
            parts.append(.path(PathNode(path: .rect(box), stroke: Stroke(color: theme.nodeStroke, width: 1.25))))
            let at = Point(u.center.x, box.minY - 9 - (activity == nil ? 0 : GraphUnitFlags.gap + 1))
            parts.append(.text(TextNode(u.label, at: at, font: labelFont, color: theme.text, anchor: .middle, baseline: .middle)))
            obstacles.append(TextBox.rect(u.label, labelFont, center: at))
        } else {
            parts.append(.path(PathNode(path: .circle(center: u.center, radius: layout.half), fill: theme.nodeFill,
                                        stroke: Stroke(color: theme.nodeStroke, width: 1.5))))
            parts.append(.text(TextNode(u.label, at: u.center, font: labelFont, color: theme.text, anchor: .middle, baseline: .middle)))
            if let name = u.name {
                let text = TextNode(name, at: Point(u.center.x - layout.half - 5, u.center.y), font: GraphLayout.nameFont,
                                    color: theme.mutedText, anchor: .end, baseline: .middle)
                parts.append(.text(text))
                obstacles.append(TextMetrics.bounds(of: text))
            }
        }
        var classes = ["unit", "column-\(u.column)"]
        var tooltip = u.name ?? u.label
        if let activity {
            parts.append(GraphUnitFlags.ring(activity, around: box, circle: mini == nil, theme: theme))
            classes.append(GraphUnitFlags.flagClass(activity))
            tooltip += activity == .dead ? ": dead (off everywhere in the domain)" : ": always on in the domain"
        }
        return .group(GroupNode(parts, info: NodeInfo(id: u.id, classes: classes, tooltip: tooltip)))
    }

    static func ellipsisNode(at p: Point, count n: Int, theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        let text = "⋮ (+\(n))"
        let box = TextBox.rect(text, theme.font(13), center: p)
        obstacles.append(box)
        return .group(GroupNode([
            .path(PathNode(path: .rect(box), fill: theme.background.withAlpha(0.9))),
            .text(TextNode(text, at: p, font: theme.font(13), color: theme.mutedText, anchor: .middle, baseline: .middle)),
        ], info: NodeInfo(classes: ["elided"], tooltip: "\(n) more units not drawn")))
    }
}
