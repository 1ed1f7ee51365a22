import NNVizScene

/// Fills convex canvas polygons into an RGBA image by scanlines: the colour of a pixel is the colour of the polygon
/// that contains its centre. For maps with more regions than can be drawn (or seen) one by one at print size, the
/// exact polygons are painted into pixels instead of sampling the network: every pixel still shows the region
/// the exact analysis puts there. Cost: the pixels covered plus the polygons' edges.
struct ConvexRaster {
    /// Pixels per point of painted maps: 3 is 216 dpi at the figure's print size, above the report's default 200.
    static let printResolution = 3.0

    var frame: Rect
    var width: Int, height: Int
    var rgba: [UInt8]

    /// An image of `frame` with `pixelsPerUnit` pixels per canvas unit (at most `maxSide` pixels a side), transparent.
    init(frame: Rect, pixelsPerUnit: Double, maxSide: Int = 2400) {
        self.frame = frame
        let scale = min(pixelsPerUnit, Double(maxSide) / max(frame.width, frame.height, 1))
        width = max(1, Int((frame.width * scale).rounded()))
        height = max(1, Int((frame.height * scale).rounded()))
        rgba = [UInt8](repeating: 0, count: width * height * 4)
    }

    /// Paints the convex polygon `points` (canvas coordinates, either orientation) in `color`.
    mutating func fill(_ points: [Point], color: Color) {
        guard points.count >= 3 else { return }
        let sx = Double(width) / frame.width, sy = Double(height) / frame.height
        let p = points.map { Point(($0.x - frame.minX) * sx, ($0.y - frame.minY) * sy) }
        let (r, g, b) = color.bytes
        let ys = p.map(\.y)
        let rowLo = max(0, Int(((ys.min() ?? 0) - 0.5).rounded(.up))), rowHi = min(height - 1, Int(((ys.max() ?? 0) - 0.5).rounded(.down)))
        guard rowLo <= rowHi else { return }
        for row in rowLo...rowHi {
            let y = Double(row) + 0.5
            var lo = Double.infinity, hi = -Double.infinity
            for i in p.indices {
                let a = p[i], c = p[(i + 1) % p.count]
                guard (a.y <= y && c.y > y) || (c.y <= y && a.y > y) else { continue }
                let x = a.x + (y - a.y) / (c.y - a.y) * (c.x - a.x)
                lo = min(lo, x); hi = max(hi, x)
            }
            guard lo <= hi else { continue }
            let c0 = max(0, Int((lo - 0.5).rounded(.up))), c1 = min(width - 1, Int((hi - 0.5).rounded(.down)))
            guard c0 <= c1 else { continue }
            for col in c0...c1 {
                let o = (row * width + col) * 4
                rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = b; rgba[o + 3] = 255
            }
        }
    }

    /// The image as a scene node over `frame`.
    func node(info: NodeInfo) -> RasterNode {
        RasterNode(pixelWidth: width, pixelHeight: height, rgba: rgba, frame: frame, pixelated: false, info: info)
    }
}
