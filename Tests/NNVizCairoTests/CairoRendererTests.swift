import Foundation
import Testing
import NNVizScene
@testable import NNVizCairo

let red = Color(hex: 0xFF0000), blue = Color(hex: 0x0000FF), green = Color(hex: 0x00FF00)

/// 100 × 80, white: a red rect (10,10)–(40,30), a blue disc at (70,40) r 15, a 2×2 pixelated raster at
/// (10,50)–(30,70), and a green group square clipped to its left half.
func probeScene() -> Scene {
    let raster = RasterNode(pixelWidth: 2, pixelHeight: 2,
                            rgba: [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 0],
                            frame: Rect(x: 10, y: 50, width: 20, height: 20), pixelated: true)
    let group = GroupNode([.path(PathNode(path: .rect(Rect(x: 0, y: 0, width: 20, height: 20)), fill: green))],
                          transform: .translation(40, 55), clip: Rect(x: 0, y: 0, width: 10, height: 20))
    return Scene(width: 100, height: 80, title: "Probe", nodes: [
        .path(PathNode(path: .rect(Rect(x: 10, y: 10, width: 30, height: 20)), fill: red)),
        .path(PathNode(path: .circle(center: Point(70, 40), radius: 15), fill: blue)),
        .raster(raster), .group(group),
    ])
}

func rgb(_ b: Bitmap, _ x: Int, _ y: Int) -> [UInt8] { let p = b.pixel(x, y); return [p.r, p.g, p.b, p.a] }

@Test func pngHasSignatureAndPixelSize() throws {
    let png = try CairoRenderer.png(probeScene())
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(Array(png[16..<24]) == [0, 0, 0, 100, 0, 0, 0, 80])
    let png2 = try CairoRenderer.png(probeScene(), scale: 2)
    #expect(Array(png2[16..<24]) == [0, 0, 0, 200, 0, 0, 0, 160])
    let decoded = try CairoRenderer.decodePNG(png2)
    #expect(decoded.width == 200 && decoded.height == 160)
    #expect(rgb(decoded, 50, 40) == [255, 0, 0, 255])
}

@Test func pixelProbesInsideKnownShapes() throws {
    let b = try CairoRenderer.bitmap(probeScene())
    #expect(rgb(b, 25, 20) == [255, 0, 0, 255])      // rect
    #expect(rgb(b, 5, 5) == [255, 255, 255, 255])    // background
    #expect(rgb(b, 70, 40) == [0, 0, 255, 255])      // disc centre
    #expect(rgb(b, 70, 27) == [0, 0, 255, 255])      // inside the disc near its top
    #expect(rgb(b, 84, 26) == [255, 255, 255, 255])  // outside the disc, inside its bounding box
    #expect(rgb(b, 15, 55) == [255, 0, 0, 255])      // raster: top-left pixel
    #expect(rgb(b, 25, 55) == [0, 255, 0, 255])      // top-right
    #expect(rgb(b, 15, 65) == [0, 0, 255, 255])      // bottom-left
    #expect(rgb(b, 25, 65) == [255, 255, 255, 255])  // bottom-right is transparent: background shows
    #expect(rgb(b, 45, 60) == [0, 255, 0, 255])      // group square, inside the clip
    #expect(rgb(b, 55, 60) == [255, 255, 255, 255])  // group square, clipped away
}

@Test func sameDrawingTwoWaysGivesSamePixels() throws {
    let r = Rect(x: 10.5, y: 7.25, width: 30.3, height: 20.1)
    let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
    let asRect = Scene(width: 60, height: 40, title: "a", nodes: [.path(PathNode(path: .rect(r), fill: red, stroke: Stroke(color: blue, width: 2)))])
    let asPolygon = Scene(width: 60, height: 40, title: "b", nodes: [.path(PathNode(path: .polygon(corners), fill: red, stroke: Stroke(color: blue, width: 2)))])
    #expect(try CairoRenderer.bitmap(asRect) == CairoRenderer.bitmap(asPolygon))

    let shape = Path.circle(center: Point(10, 10), radius: 8)
    let moved = Path.circle(center: Point(30, 22), radius: 8)
    let viaGroup = Scene(width: 60, height: 40, title: "c", nodes: [.group(GroupNode([.path(PathNode(path: shape, fill: blue))], transform: .translation(20, 12)))])
    let direct = Scene(width: 60, height: 40, title: "d", nodes: [.path(PathNode(path: moved, fill: blue))])
    #expect(try CairoRenderer.bitmap(viaGroup) == CairoRenderer.bitmap(direct))
}

@Test func dashedLineHasGaps() throws {
    let line = PathNode(path: .line(Point(0, 10), Point(100, 10)), stroke: Stroke(color: .black, width: 4, dash: [10, 10]))
    let b = try CairoRenderer.bitmap(Scene(width: 100, height: 20, title: "dash", nodes: [.path(line)]))
    #expect(rgb(b, 5, 10) == [0, 0, 0, 255])
    #expect(rgb(b, 15, 10) == [255, 255, 255, 255])
    #expect(rgb(b, 25, 10) == [0, 0, 0, 255])
    // An all-zero dash array draws solid, as in SVG, instead of putting cairo into an error state.
    var solid = line; solid.stroke?.dash = [0, 0]
    let s = try CairoRenderer.bitmap(Scene(width: 100, height: 20, title: "solid", nodes: [.path(solid)]))
    #expect(rgb(s, 15, 10) == [0, 0, 0, 255])
}

@Test func ourPNGEncoderDecodesToTheSamePixelsWithCairo() throws {
    var rgba: [UInt8] = []
    for i in 0..<(37 * 23) { rgba += [UInt8(i % 256), UInt8((i * 7) % 256), UInt8((i * 13) % 256), 255] }
    let png = try #require(PNGEncoder.encode(width: 37, height: 23, rgba: rgba))
    let decoded = try CairoRenderer.decodePNG(Data(png))
    #expect(decoded.width == 37 && decoded.height == 23)
    #expect(decoded.rgba == rgba)
    let stored = try #require(PNGEncoder.encode(width: 37, height: 23, rgba: rgba, compress: false))
    #expect(try CairoRenderer.decodePNG(Data(stored)).rgba == rgba)
}

@Test func nonFiniteValuesDoNotFailTheWholeRender() throws {
    let scene = Scene(width: 20, height: 20, title: "nan", nodes: [
        .path(PathNode(path: .line(Point(.nan, 1), Point(10, .infinity)), stroke: Stroke(color: .black, width: .nan))),
        .text(TextNode("x", at: Point(.nan, 3), font: Font(size: .nan))),
        .group(GroupNode([.path(PathNode(path: .rect(Rect(x: 0, y: 0, width: 5, height: 5)), fill: red))],
                         transform: AffineTransform(a: 0, b: 0, c: 0, d: 0, e: 0, f: 0))),
        .path(PathNode(path: .rect(Rect(x: 10, y: 10, width: 5, height: 5)), fill: blue)),
    ])
    let b = try CairoRenderer.bitmap(scene)
    #expect(rgb(b, 12, 12) == [0, 0, 255, 255])
    #expect(rgb(b, 2, 2) == [255, 255, 255, 255])  // the singular group draws nothing
}

@Test(arguments: [false, true])
func ourCompressedPNGsDecodeWithCairo(smooth: Bool) throws {
    // A smooth field and a flat region map, 120 × 90, with transparency: decoded by libpng/zlib via cairo.
    var rgba: [UInt8] = []
    for y in 0..<90 { for x in 0..<120 {
        if smooth { rgba += [UInt8(x * 2), UInt8(y * 2), UInt8((x * y) % 256), UInt8(255 - x)] }
        else { rgba += (x / 30 + y / 45) % 2 == 0 ? [230, 159, 0, 255] : [0, 114, 178, 128] }
    } }
    let png = try #require(PNGEncoder.encode(width: 120, height: 90, rgba: rgba))
    let decoded = try CairoRenderer.decodePNG(Data(png))
    #expect(decoded.width == 120 && decoded.height == 90)
    // Cairo stores premultiplied alpha, so translucent channels may differ by rounding; alpha is exact.
    var worst = 0
    for i in 0..<rgba.count { worst = max(worst, abs(Int(decoded.rgba[i]) - Int(rgba[i]))) }
    #expect(worst <= (smooth ? 2 : 1))
    if !smooth { #expect(png.count < rgba.count / 20) }
}
