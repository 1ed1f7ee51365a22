import Foundation
import Testing
import CCairo
import NNVizScene
@testable import NNVizCairo

/// The raster ↔ ARGB32 conversions: pixel values through a surface and back, premultiplication rounding by hand,
/// and refusal of a raster whose bytes do not match its size (instead of reading past them).
@Suite struct CairoImageTests {
    /// Odd sizes (7 × 5) so that rows, strides and pixel offsets are all exercised; every alpha class:
    /// opaque (exact), transparent (all zero), translucent (premultiplied with rounding).
    static func raster() -> RasterNode {
        var rgba: [UInt8] = []
        for y in 0..<5 {
            for x in 0..<7 {
                let alpha: UInt8 = x == 0 ? 0 : (x % 2 == 0 ? 255 : UInt8(40 * x + y))
                rgba += [UInt8(30 * x + y), UInt8(200 - 20 * y), UInt8((x * y * 17) % 256), alpha]
            }
        }
        return RasterNode(pixelWidth: 7, pixelHeight: 5, rgba: rgba, frame: Rect(x: 0, y: 0, width: 7, height: 5))
    }

    /// What a straight-alpha channel becomes after cairo's premultiplied storage and back, by the formulas.
    static func roundTrip(_ v: UInt8, alpha a: UInt8) -> UInt8 {
        guard a > 0 else { return 0 }
        let stored = (UInt32(v) * UInt32(a) + 127) / 255
        return UInt8(min(255, (stored * 255 + UInt32(a) / 2) / UInt32(a)))
    }

    @Test func pixelsSurviveASurfaceRoundTrip() throws {
        let r = Self.raster()
        let surface = try #require(CairoImage.surface(r))
        defer { cairo_surface_destroy(surface) }
        let back = CairoImage.rgba(of: surface)
        #expect(back.width == 7 && back.height == 5)
        for p in 0..<35 {
            let a = r.rgba[4 * p + 3]
            #expect(back.rgba[4 * p + 3] == a, "alpha of pixel \(p)")
            for c in 0..<3 {
                #expect(back.rgba[4 * p + c] == Self.roundTrip(r.rgba[4 * p + c], alpha: a), "pixel \(p) channel \(c)")
            }
            if a == 255 { #expect(Array(back.rgba[(4 * p)..<(4 * p + 4)]) == Array(r.rgba[(4 * p)..<(4 * p + 4)])) }
        }
    }

    @Test func aRasterDrawnOneToOneShowsItsOpaquePixels() throws {
        let r = Self.raster()
        var pixelated = r
        pixelated.pixelated = true
        let bitmap = try CairoRenderer.bitmap(Scene(width: 7, height: 5, title: "raster", background: nil,
                                                    nodes: [.raster(pixelated)]))
        for y in 0..<5 {
            for x in stride(from: 2, to: 7, by: 2) {
                let i = 4 * (y * 7 + x)
                #expect(rgb(bitmap, x, y) == Array(r.rgba[i..<(i + 4)]), "pixel (\(x), \(y))")
            }
        }
    }

    @Test func aRasterWithTooFewBytesIsRefusedNotRead() {
        var r = Self.raster()
        r.rgba.removeLast(4)
        #expect(CairoImage.surface(r) == nil)
        r.rgba += [0, 0, 0, 0, 9, 9, 9, 9]
        #expect(CairoImage.surface(r) == nil)
    }
}
