/// The look of every figure: colours, line widths, fonts and standard sizes. Figures take a `Theme` and use
/// nothing else for style, so `.light` (screen) and `.print` (paper, possibly grayscale) stay consistent.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var background: Color
    /// Text and axis colour.
    public var foreground: Color
    /// Secondary text (tick labels, notes).
    public var mutedText: Color
    /// Grid lines and frames of panels.
    public var grid: Color
    /// Lines that carry data (curves, edges of the graph at |w| = max).
    public var lineWidth: Double
    /// Axes, grid lines, region boundaries.
    public var thinLineWidth: Double
    /// Signed values (weights, outputs).
    public var diverging: DivergingColorMap
    /// Magnitudes.
    public var sequential: SequentialColorMap
    /// Dash pattern for lines that stand for negative values (negative weights): the sign must survive
    /// grayscale, where the diverging map's two halves look alike. Empty = solid (sign shown by colour only).
    public var negativeDash: [Double]
    /// Whether areas that differ by class or sign should also get `HatchPattern`s (print: yes).
    public var usesHatching: Bool
    /// Spacing of hatch lines in canvas units.
    public var hatchSpacing: Double
    public var fonts: Fonts
    public var sizes: Sizes

    /// Font roles. All DejaVu Sans, so `TextMetrics` measures them exactly.
    public struct Fonts: Equatable, Sendable {
        public var title: Font, label: Font, tick: Font, small: Font
        public init(title: Font, label: Font, tick: Font, small: Font) {
            self.title = title; self.label = label; self.tick = tick; self.small = small
        }
        public static let standard = Fonts(title: Font(size: 14, weight: .bold), label: Font(size: 12),
                                           tick: Font(size: 10), small: Font(size: 9))
    }

    /// Standard sizes in canvas units (1 unit = 1 CSS px = 1 pt).
    public struct Sizes: Equatable, Sendable {
        /// Default width of a full figure and of one small-multiple panel.
        public var figureWidth: Double, panelSize: Double
        /// Space around a figure and between panels.
        public var margin: Double, gap: Double
        /// Radius of a unit (neuron) in the network graph and of a data point marker.
        public var unitRadius: Double, markerRadius: Double
        /// Length of axis tick marks.
        public var tickLength: Double
        public init(figureWidth: Double = 640, panelSize: Double = 200, margin: Double = 16, gap: Double = 12,
                    unitRadius: Double = 16, markerRadius: Double = 3.5, tickLength: Double = 4) {
            self.figureWidth = figureWidth; self.panelSize = panelSize; self.margin = margin; self.gap = gap
            self.unitRadius = unitRadius; self.markerRadius = markerRadius; self.tickLength = tickLength
        }
    }

    public init(name: String, background: Color, foreground: Color, mutedText: Color, grid: Color,
                lineWidth: Double, thinLineWidth: Double, diverging: DivergingColorMap, sequential: SequentialColorMap,
                negativeDash: [Double], usesHatching: Bool, hatchSpacing: Double, fonts: Fonts, sizes: Sizes) {
        self.name = name; self.background = background; self.foreground = foreground; self.mutedText = mutedText
        self.grid = grid; self.lineWidth = lineWidth; self.thinLineWidth = thinLineWidth; self.diverging = diverging
        self.sequential = sequential; self.negativeDash = negativeDash; self.usesHatching = usesHatching
        self.hatchSpacing = hatchSpacing; self.fonts = fonts; self.sizes = sizes
    }

    /// Screen: white background, dark gray text, orange/blue signs, viridis magnitudes, solid lines.
    public static let light = Theme(
        name: "light", background: .white, foreground: Color(hex: 0x222222), mutedText: Color(hex: 0x666666),
        grid: Color(hex: 0xDDDDDD), lineWidth: 1.5, thinLineWidth: 0.75, diverging: .orangeBlue, sequential: .viridis,
        negativeDash: [], usesHatching: false, hatchSpacing: 6, fonts: .standard, sizes: Sizes())

    /// Paper: white background, black text, thicker lines, negative values dashed, hatching for areas,
    /// viridis kept for magnitudes (its lightness is monotone, so it prints as an ordered gray ramp).
    public static let print = Theme(
        name: "print", background: .white, foreground: .black, mutedText: Color(hex: 0x333333),
        grid: Color(hex: 0xBBBBBB), lineWidth: 2, thinLineWidth: 1, diverging: .orangeBlue, sequential: .viridis,
        negativeDash: [5, 3], usesHatching: true, hatchSpacing: 5, fonts: .standard, sizes: Sizes())

    /// The stroke for a line standing for a signed value: colour from the diverging map, width
    /// `lineWidth × widthFactor`, round caps when solid; when `value < 0` dashed with `negativeDash` scaled by
    /// the width (so thick lines keep visible gaps) and butt caps (round caps would close the gaps).
    public func signedStroke(_ value: Double, limit: Double = 1, widthFactor: Double = 1) -> Stroke {
        let width = lineWidth * widthFactor
        guard value < 0, !negativeDash.isEmpty else {
            return Stroke(color: diverging.color(value, limit: limit), width: width, cap: .round)
        }
        let stretch = max(1, width / lineWidth)
        return Stroke(color: diverging.color(value, limit: limit), width: width,
                      dash: negativeDash.map { $0 * stretch }, cap: .butt)
    }
}
