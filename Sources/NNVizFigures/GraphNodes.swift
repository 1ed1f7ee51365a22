import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The nodes of the network graph: "+1" bias nodes, units (circle with label or number, or mini-plot box with
/// the label above), the "… n more" of elided layers, the layer captions. Every drawn box is added to
/// `obstacles` for the weight labels.
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
        let r = layout.biasRadius
        obstacles.append(Rect(x: b.x - r, y: b.y - r, width: 2 * r, height: 2 * r))
        return .group(GroupNode([
            .path(PathNode(path: .circle(center: b, radius: r), fill: theme.nodeFill,
                           stroke: Stroke(color: theme.mutedText, width: theme.stroke(1), dash: [2, 2]))),
            .text(TextNode("+1", at: b, font: theme.font(.small), color: theme.mutedText, anchor: .middle, baseline: .middle)),
        ], info: NodeInfo(id: "bias-\(c)", classes: ["bias"], tooltip: "constant 1: its links carry the biases of layer \(c + 1)")))
    }

    static func unitNode(_ u: GraphLayout.Unit, layout: GraphLayout, mini: MiniPlots?, activity: UnitActivity?,
                         theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        let box = layout.box(u)
        let ringGap = GraphUnitFlags.gap(layout, theme: theme)
        obstacles.append(activity == nil ? box : box.insetBy(-ringGap))
        var parts: [Node] = []
        if let mini {
            parts += mini.nodes(column: u.column, unit: u.index, box: box, theme: theme)
            parts.append(.path(PathNode(path: .rect(box), stroke: Stroke(color: theme.nodeStroke, width: theme.stroke(1)))))
            if layout.columns[u.column].sideLabels {
                parts.append(sideLabel(u, box: box, theme: theme, obstacles: &obstacles))
            } else if !u.shownLabel.isEmpty {
                let font = theme.font(.small)
                let at = Point(u.center.x, box.minY - theme.type.lineHeight(.small) / 2 - (activity == nil ? 0 : ringGap))
                parts.append(.text(TextNode(u.shownLabel, at: at, font: font, color: theme.text, anchor: .middle, baseline: .middle)))
                obstacles.append(TextBox.rect(u.shownLabel, font, center: at))
            }
        } else {
            parts.append(.path(PathNode(path: .circle(center: u.center, radius: layout.half), fill: theme.nodeFill,
                                        stroke: Stroke(color: theme.nodeStroke, width: theme.stroke(1.25)))))
            if layout.columns[u.column].sideLabels {
                parts.append(sideLabel(u, box: box, theme: theme, obstacles: &obstacles))
            } else {
                let font = layout.columns[u.column].compact ? theme.font(.small) : theme.font(.label)
                parts.append(.text(TextNode(u.shownLabel, at: u.center, font: font, color: theme.text, anchor: .middle, baseline: .middle)))
            }
            if let name = u.name {
                let text = TextNode(name, at: Point(u.center.x - layout.half - theme.type.pad * 0.6, u.center.y), font: theme.font(.small),
                                    color: theme.mutedText, anchor: .end, baseline: .middle)
                parts.append(.text(text))
                obstacles.append(TextMetrics.bounds(of: text))
            }
        }
        var classes = ["unit", "column-\(u.column)"]
        var tooltip = u.name.map { "\($0) (\(u.label))" } ?? u.label
        if let activity {
            parts.append(GraphUnitFlags.ring(activity, around: box, circle: mini == nil, gap: ringGap, theme: theme))
            classes.append(GraphUnitFlags.flagClass(activity))
            tooltip += activity == .dead ? ": dead (off everywhere in the domain)" : ": always on in the domain"
        }
        if let mini { tooltip += " (mini-plot \(mini.scaleText(column: u.column, unit: u.index)))" }
        let data = u.hiddenKey.map { ["unit": $0] } ?? [:]
        return .group(GroupNode(parts, info: NodeInfo(id: u.id, classes: classes, tooltip: tooltip, data: data)))
    }

    /// The label of an input (left) or output (right) of a compact column, beside its node on the side without links.
    static func sideLabel(_ u: GraphLayout.Unit, box: Rect, theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        let first = u.column == 0, gap = theme.type.pad * 0.6
        let text = TextNode(u.shownLabel, at: Point(first ? box.minX - gap : box.maxX + gap, u.center.y), font: theme.font(.small),
                            color: theme.text, anchor: first ? .end : .start, baseline: .middle)
        obstacles.append(TextMetrics.bounds(of: text))
        return .text(text)
    }

    static func ellipsisNode(at p: Point, count n: Int, theme: FigureTheme, obstacles: inout [Rect]) -> Node {
        let text = "… \(n) more"
        let font = theme.font(.small)
        let box = TextBox.rect(text, font, center: p)
        obstacles.append(box)
        return .group(GroupNode([
            .path(PathNode(path: .rect(box), fill: theme.background.withAlpha(0.92))),
            .text(TextNode(text, at: p, font: font, color: theme.mutedText, anchor: .middle, baseline: .middle)),
        ], info: NodeInfo(classes: ["elided"], tooltip: "\(n) more units of this layer, not drawn")))
    }

    /// "input / 2 features", "hidden 1 / 16 × relu", … under each column.
    static func layerCaptions(_ net: Network, layout: GraphLayout, theme: FigureTheme, obstacles: inout [Rect]) -> [Node] {
        var nodes: [Node] = []
        let y = layout.captionTop + theme.type.lineHeight(.label) / 2
        for (c, col) in layout.columns.enumerated() {
            let (title, detail) = GraphLayout.caption(column: c, network: net)
            let t = TextNode(title, at: Point(col.x, y), font: theme.font(.label, bold: true), color: theme.text,
                             anchor: .middle, baseline: .middle)
            let d = TextNode(detail, at: Point(col.x, y + theme.type.lineHeight(.label) / 2 + theme.type.lineHeight(.small) / 2),
                             font: theme.font(.small), color: theme.mutedText, anchor: .middle, baseline: .middle)
            obstacles += [TextMetrics.bounds(of: t), TextMetrics.bounds(of: d)]
            nodes += [.text(t), .text(d)]
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["layer-captions"])))]
    }
}

import NNVizEngine
