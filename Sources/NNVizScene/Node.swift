/// Identification of a node for the report's interactivity: SVG `id`, CSS classes, a tooltip `<title>` and
/// `data-*` attributes (the naming contract of docs/figures.md: `unit`, `pattern`, `region`, `epoch`).
public struct NodeInfo: Equatable, Sendable {
    public var id: String?
    public var classes: [String]
    public var tooltip: String?
    /// `data-KEY="value"` attributes, written sorted by key; keys are lower-case letters, digits and `-`.
    public var data: [String: String]
    public init(id: String? = nil, classes: [String] = [], tooltip: String? = nil, data: [String: String] = [:]) {
        self.id = id; self.classes = classes; self.tooltip = tooltip; self.data = data
    }
    public static let none = NodeInfo()
}

/// A filled and/or stroked path.
public struct PathNode: Equatable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?
    public var info: NodeInfo
    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil, info: NodeInfo = .none) {
        self.path = path; self.fill = fill; self.stroke = stroke; self.info = info
    }
}

/// A line of text that stays text in SVG. `rotation` is in degrees, clockwise, about `position`.
public struct TextNode: Equatable, Sendable {
    public var text: String
    public var position: Point
    public var font: Font
    public var color: Color
    public var anchor: TextAnchor
    public var baseline: TextBaseline
    public var rotation: Double
    public var info: NodeInfo
    public init(_ text: String, at position: Point, font: Font = Font(), color: Color = .black,
                anchor: TextAnchor = .start, baseline: TextBaseline = .alphabetic, rotation: Double = 0,
                info: NodeInfo = .none) {
        self.text = text; self.position = position; self.font = font; self.color = color
        self.anchor = anchor; self.baseline = baseline; self.rotation = rotation; self.info = info
    }
}

/// An RGBA image (straight alpha, row-major from the top) stretched over `frame`, for sampled fields.
public struct RasterNode: Equatable, Sendable {
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// 4 bytes per pixel: r, g, b, a.
    public var rgba: [UInt8]
    public var frame: Rect
    /// Nearest-neighbour (true) or smooth scaling.
    public var pixelated: Bool
    public var info: NodeInfo
    public init(pixelWidth: Int, pixelHeight: Int, rgba: [UInt8], frame: Rect, pixelated: Bool = false, info: NodeInfo = .none) {
        precondition(rgba.count == pixelWidth * pixelHeight * 4, "raster size does not match its pixels")
        self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight; self.rgba = rgba
        self.frame = frame; self.pixelated = pixelated; self.info = info
    }
}

/// A group of nodes with an optional transform and clip rectangle (in the group's own coordinates).
public struct GroupNode: Equatable, Sendable {
    public var children: [Node]
    public var transform: AffineTransform?
    public var clip: Rect?
    public var info: NodeInfo
    public init(_ children: [Node] = [], transform: AffineTransform? = nil, clip: Rect? = nil, info: NodeInfo = .none) {
        self.children = children; self.transform = transform; self.clip = clip; self.info = info
    }
}

/// One element of the scene tree.
public indirect enum Node: Equatable, Sendable {
    case group(GroupNode)
    case path(PathNode)
    case text(TextNode)
    case raster(RasterNode)
}

/// A figure as plain data: a canvas of `width × height` units, y down, drawn in order (later on top).
///
/// Contract: `title` and `description` become the SVG `<title>`/`<desc>` and the report's alt text.
public struct Scene: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public var title: String
    public var description: String
    public var background: Color?
    public var nodes: [Node]
    public init(width: Double, height: Double, title: String, description: String = "",
                background: Color? = .white, nodes: [Node] = []) {
        self.width = width; self.height = height; self.title = title; self.description = description
        self.background = background; self.nodes = nodes
    }
}
