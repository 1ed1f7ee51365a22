import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The exact linear regions of a 2-D net as a map panel (an `InputPlanePanel`): one polygon per region filled
/// with its pattern colour (`data-pattern`, `data-region`), the first-layer lines with their ticks and labels,
/// deeper units' bent boundaries, the pattern written in every region that can hold it, the data on top.
/// Serves the `regions` figure, and small multiples and thumbnails with `labelled: false`.
struct RegionMapPanel: Panel {
    var regions: Regions2D
    var network: Network
    var model: Model
    /// Write patterns and line labels (off for thumbnails).
    var labelled = true
    var info: NodeInfo = NodeInfo(classes: ["region-map"])

    /// Past this many regions the polygons are painted into one image (still exact per pixel): one vector polygon
    /// per region would be far below a point in size at any print width, and its SVG tens of megabytes.
    static let vectorRegionLimit = 20_000

    /// What the labels could and could not show at one size (for the caption).
    struct LabelReport {
        var droppedLines: [String] = []
        var labelledRegions = 0
    }

    /// Receives the label report of the last `draw`, so a figure can caption what it drew without laying the map
    /// out twice (the map of a large net is the expensive part of the figure).
    final class ReportSink: @unchecked Sendable {
        var report = LabelReport()
    }
    let sink = ReportSink()

    var planePanel: InputPlanePanel {
        InputPlanePanel(domain: regions.domain, xLabel: Notation.input(0, names: network.inputNames),
                        yLabel: Notation.input(1, names: network.inputNames), info: info) { plane, theme in
            content(plane, theme: theme)
        }
    }

    func height(width: Double, theme: FigureTheme) -> Double { planePanel.height(width: width, theme: theme) }
    func draw(in rect: Rect, theme: FigureTheme) -> [Node] { planePanel.draw(in: rect, theme: theme) }

    func content(_ plane: InputPlane, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = [.group(GroupNode(regionNodes(plane, theme: theme), info: NodeInfo(classes: ["regions"])))]
        let lines = RegionLines(network: network, regions: regions, plane: plane, theme: theme)
        nodes += lines.boundaryNodes()
        var report = LabelReport()
        var labels: [TextNode] = []
        if labelled {
            let dataBoxes = DataMarks.rects2D(model, plane: plane, theme: theme, test: true)
            let placed = lines.labelNodes(obstacles: dataBoxes)
            labels = placed.nodes
            report.droppedLines = placed.dropped
            let patterns = patternLabels(plane, theme: theme, avoid: labels.map { TextMetrics.bounds(of: $0).insetBy(-1.5) } + dataBoxes)
            report.labelledRegions = patterns.count
            nodes += patterns
        }
        nodes += DataMarks.nodes2D(model, plane: plane, theme: theme, test: true)
        nodes += labels.flatMap { RegionLines.haloed($0, theme: theme) }
        sink.report = report
        return nodes
    }

    /// One filled polygon per region (class "region"), outlined in its own colour to hide anti-aliasing seams.
    func regionNodes(_ plane: InputPlane, theme: FigureTheme) -> [Node] {
        if regions.regionCount > Self.vectorRegionLimit {
            // Too many regions to draw (or see) one by one: the exact polygons painted into one image.
            var raster = ConvexRaster(frame: plane.frame, pixelsPerUnit: ConvexRaster.printResolution)
            for i in 0..<regions.regionCount {
                raster.fill(regions.polygon(of: i).map(plane.point),
                            color: PatternColors.color(forPattern: regions.pattern(of: i)))
            }
            return [.raster(raster.node(info: NodeInfo(classes: ["regions-image"],
                                                       tooltip: "\(regions.regionCount) exact regions, painted as an image")))]
        }
        return (0..<regions.regionCount).map { i in
            let pattern = regions.pattern(of: i)
            let color = PatternColors.color(forPattern: pattern)
            let text = PatternText.label(pattern, network: network)
            let tip = "region \(i): pattern \(text), area \(LabelFormat.short(regions.areas[i]))"
            return .path(PathNode(path: plane.path(regions.polygon(of: i)), fill: color,
                                  stroke: Stroke(color: color, width: theme.stroke(0.6), join: .round),
                                  info: NodeInfo(id: "region-\(i)", classes: ["region"], tooltip: tip,
                                                 data: ["pattern": text, "region": "\(i)"])))
        }
    }

    /// The pattern written near the centroid of every region whose polygon holds the text without touching a
    /// line label, a data marker or another pattern.
    func patternLabels(_ plane: InputPlane, theme: FigureTheme, avoid: [Rect]) -> [Node] {
        guard !PatternText.bitLayers(network).isEmpty else { return [] }
        var nodes: [Node] = []
        var taken = avoid
        let step = theme.type.lineHeight(.small)
        let spots = [Point(0, 0), Point(0, -1), Point(0, 1), Point(-2, 0), Point(2, 0), Point(0, -2), Point(0, 2)]
        // Every label has the same characters count (one bit per unit, "|" between layers) and DejaVu digits share
        // one advance, so the smallest label box is known before any region is looked at: regions whose canvas
        // bounding box cannot hold it are passed over without building their text (large nets: 10⁵ regions).
        let bitCount = regions.patternBitCount, separators = max(0, PatternText.bitLayers(network).count - 1)
        let sample = String(repeating: "0", count: bitCount) + String(repeating: "|", count: separators)
        let smallest = (width: TextMetrics.width(of: sample, font: theme.font(.small)) + 3,
                        height: TextMetrics.lineHeight(theme.font(.small)) + 3)
        guard smallest.width < plane.frame.width else { return [] }
        for i in 0..<regions.regionCount {
            let polygon = regions.polygon(of: i)
            let poly = polygon.map(plane.point)
            let xs = poly.map(\.x), ys = poly.map(\.y)
            guard (xs.max() ?? 0) - (xs.min() ?? 0) >= smallest.width, (ys.max() ?? 0) - (ys.min() ?? 0) >= smallest.height
            else { continue }
            let centre = plane.point(ConvexCut.centroid(polygon))
            let text = PatternText.label(regions.pattern(of: i), network: network)
            search: for role in [TextRole.label, .small] {
                for d in spots {
                    let node = TextNode(text, at: Point(centre.x + d.x * step, centre.y + d.y * step), font: theme.font(role),
                                        color: theme.text, anchor: .middle, baseline: .middle,
                                        info: NodeInfo(classes: ["pattern-label"], data: ["pattern": text, "region": "\(i)"]))
                    let box = TextMetrics.bounds(of: node).insetBy(-1.5)
                    if ConvexCut.contains(poly, box) && !taken.contains(where: { $0.intersects(box) }) {
                        nodes.append(.text(node))
                        taken.append(box)
                        break search
                    }
                }
            }
        }
        return nodes
    }
}
