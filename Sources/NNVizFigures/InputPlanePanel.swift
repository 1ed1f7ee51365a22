import NNVizScene

/// A map of the 2-D input box as a panel: axes with ticks and the input names fitted into the width it is given,
/// the box drawn with the domain's aspect ratio (`InputPlane.aspect`), content drawn by a closure through the
/// plane. The regions, surface, boundary, lines, warp and filmstrip maps are all this panel with other content.
///
/// Contract: the frame is as wide as the panel allows after the tick labels, unless its height would pass
/// `maxFrameHeight` (slides: half the figure width, so a square map stays on the slide); then it is narrower
/// and sits at the left. Content is drawn over the grid and under the frame outline.
struct InputPlanePanel: Panel {
    var domain: [ClosedRange<Double>]
    var xLabel: String
    var yLabel: String
    var ticks = 4
    var info: NodeInfo = .none
    var content: (InputPlane, FigureTheme) -> [Node]

    /// The largest frame height for `theme`'s print size.
    static func maxFrameHeight(_ theme: FigureTheme) -> Double {
        theme.size.isSlide ? 0.5 * theme.size.width : theme.size.width
    }

    /// With `ticks == 0` the panel is a bare thumbnail: the frame only, no ticks, labels or margins.
    func margins(_ theme: FigureTheme) -> (left: Double, right: Double, top: Double, bottom: Double) {
        if ticks == 0 { return (0, 0, 0, 0) }
        let probe = Axes(frame: Rect(x: 0, y: 0, width: 100, height: 100),
                         xDomain: (domain[0].lowerBound, domain[0].upperBound), yDomain: (domain[1].lowerBound, domain[1].upperBound))
        return Axes.margins(theme: theme, yTickLabels: probe.y.tickLabels(ticks), xLabel: !xLabel.isEmpty, yLabel: !yLabel.isEmpty)
    }

    /// The frame's size when the panel is `width` wide.
    func frameSize(_ width: Double, theme: FigureTheme) -> (width: Double, height: Double) {
        let m = margins(theme), ratio = InputPlane.aspect(domain)
        var w = max(1, width - m.left - m.right), h = w * ratio
        let cap = Self.maxFrameHeight(theme)
        if h > cap { h = cap; w = h / ratio }
        return (w, h)
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme)
        return m.top + frameSize(width, theme: theme).height + m.bottom
    }

    /// The plane this panel draws in `rect`.
    func plane(in rect: Rect, theme: FigureTheme) -> InputPlane {
        let m = margins(theme), size = frameSize(rect.width, theme: theme)
        return InputPlane(domain: domain, frame: Rect(x: rect.minX + m.left, y: rect.minY + m.top, width: size.width, height: size.height))
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let plane = plane(in: rect, theme: theme)
        let decoration = ticks == 0 ? [] : plane.axes.decoration(theme: theme, xLabel: xLabel, yLabel: yLabel, xTicks: ticks, yTicks: ticks)
        let nodes = decoration + content(plane, theme) + [plane.frameOutline(theme: theme)]
        return [.group(GroupNode(nodes, info: info))]
    }
}
