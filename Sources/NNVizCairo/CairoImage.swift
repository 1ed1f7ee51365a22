import CCairo
import Foundation
import NNVizScene

/// Conversions between straight-alpha RGBA bytes and cairo's premultiplied native-endian ARGB32 surfaces.
///
/// Pixels are read and written as `UInt32` through raw pointers at byte offsets (`storeBytes` /
/// `loadUnaligned`): cairo's buffer is bound to `UInt8`, and a pointer rebound to `UInt32` is only valid
/// inside its `withMemoryRebound` closure.
enum CairoImage {
    /// A new ARGB32 surface holding the raster's pixels (premultiplied), or `nil` if cairo cannot allocate it
    /// or `rgba` does not hold exactly 4 bytes per pixel (its fields are public and can change after `init`).
    /// The caller destroys it.
    static func surface(_ r: RasterNode) -> OpaquePointer? {
        guard r.pixelWidth > 0, r.pixelHeight > 0, r.rgba.count == r.pixelWidth * r.pixelHeight * 4,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(r.pixelWidth), Int32(r.pixelHeight))
        else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            cairo_surface_destroy(surface)
            return nil
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<r.pixelHeight {
            let row = UnsafeMutableRawPointer(data + y * stride)
            for x in 0..<r.pixelWidth {
                let i = (y * r.pixelWidth + x) * 4
                let a = UInt32(r.rgba[i + 3])
                func pm(_ v: UInt8) -> UInt32 { (UInt32(v) * a + 127) / 255 }
                let pixel = (a << 24) | (pm(r.rgba[i]) << 16) | (pm(r.rgba[i + 1]) << 8) | pm(r.rgba[i + 2])
                row.storeBytes(of: pixel, toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    /// The pixels of an ARGB32 image surface as straight-alpha RGBA bytes, rows from the top.
    static func rgba(of surface: OpaquePointer) -> (width: Int, height: Int, rgba: [UInt8]) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return (0, 0, []) }
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        var out = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width {
                let p = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self), a = opaque ? 255 : p >> 24
                func unpm(_ v: UInt32) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (v * 255 + a / 2) / a)) }
                let i = (y * width + x) * 4
                out[i] = unpm((p >> 16) & 0xFF); out[i + 1] = unpm((p >> 8) & 0xFF); out[i + 2] = unpm(p & 0xFF)
                out[i + 3] = UInt8(a)
            }
        }
        return (width, height, out)
    }
}

extension CairoRenderer {
    /// Decodes a PNG with cairo's own reader (an implementation independent of `PNGEncoder`), for tests.
    static func decodePNG(_ data: Data) throws -> Bitmap {
        let source = CairoByteSource(data)
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(CairoByteSource.read, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let surface else { throw CairoError.cairo(operation: "decoding a PNG", status: "no memory", path: nil) }
        defer { cairo_surface_destroy(surface) }
        try CairoError.check(cairo_surface_status(surface), "decoding a PNG")
        let (width, height, rgba) = CairoImage.rgba(of: surface)
        return Bitmap(width: width, height: height, rgba: rgba)
    }
}
