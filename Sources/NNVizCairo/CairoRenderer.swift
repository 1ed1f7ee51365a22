import CCairo
import Foundation
import NNVizScene

/// Scene → PNG / PDF / SVG bytes and files through cairo. The only place that talks to cairo.
///
/// Contract: 1 canvas unit = 1 pixel at `scale` 1 (PNG) = 1 PDF point. Every cairo status is checked (context
/// after drawing, surface after flush/finish, the PNG writer's return value); any failure throws `CairoError`.
/// Text uses the font the scene names ("DejaVu Sans") with the SVG writer's anchor/baseline semantics.
/// PDFs are deterministic: creation and modification dates are pinned to 2000-01-01T00:00:00Z.
/// Note: cairo's SVG output draws text as glyph outlines; the report's SVG comes from `SVGWriter`.
public enum CairoRenderer {
    /// The PDF creation and modification date written into every PDF.
    public static let pinnedPDFDate = "2000-01-01T00:00:00Z"

    /// The scene as a PNG file, `scale` pixels per canvas unit (the pixel size is `width·scale × height·scale`,
    /// rounded to the nearest integer).
    public static func png(_ scene: Scene, scale: Double = 1) throws -> Data {
        let surface = try imageSurface(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        let sink = CairoByteSink()
        let status = sink.withClosure { cairo_surface_write_to_png_stream(surface, CairoByteSink.write, $0) }
        try CairoError.check(status, "encoding the PNG")
        return sink.data
    }

    /// The scene as a one-page PDF, page size `width × height` points, titled `scene.title`.
    public static func pdf(_ scene: Scene) throws -> Data {
        try streamDocument(scene, what: "PDF", create: cairo_pdf_surface_create_for_stream) { surface in
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "nnviz")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pinnedPDFDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, pinnedPDFDate)
        }
    }

    /// The scene as cairo's SVG (text as glyph outlines; prefer `SVGWriter` for anything a person reads).
    /// Cairo's process-wide element ids are renumbered per document, so the output is deterministic.
    public static func svg(_ scene: Scene) throws -> Data {
        let data = try streamDocument(scene, what: "SVG", create: cairo_svg_surface_create_for_stream) { _ in }
        return Data(CairoSVGIds.normalise(String(decoding: data, as: UTF8.self)).utf8)
    }

    /// A vector document (PDF or SVG) written by cairo into memory: creates the stream surface of the scene's
    /// size with `create`, lets `configure` set metadata, draws, finishes and checks every status.
    private static func streamDocument(
        _ scene: Scene, what: String,
        create: (cairo_write_func_t?, UnsafeMutableRawPointer?, Double, Double) -> OpaquePointer?,
        configure: (OpaquePointer) -> Void
    ) throws -> Data {
        try checkSize(scene.width, scene.height)
        let sink = CairoByteSink()
        try sink.withClosure { closure in
            guard let surface = create(CairoByteSink.write, closure, scene.width, scene.height)
            else { throw CairoError.cairo(operation: "creating the \(what) surface", status: "no memory", path: nil) }
            defer { cairo_surface_destroy(surface) }
            try CairoError.check(cairo_surface_status(surface), "creating the \(what) surface")
            configure(surface)
            try drawAndFinish(scene, on: surface, what: what)
        }
        return sink.data
    }

    /// Renders `png(scene, scale:)` and writes it atomically to `url`; the folder must exist.
    public static func writePNG(_ scene: Scene, to url: URL, scale: Double = 1) throws {
        try write(to: url) { try png(scene, scale: scale) }
    }

    /// Renders `pdf(scene)` and writes it atomically to `url`; the folder must exist.
    public static func writePDF(_ scene: Scene, to url: URL) throws {
        try write(to: url) { try pdf(scene) }
    }

    /// Renders `svg(scene)` and writes it atomically to `url`; the folder must exist.
    public static func writeSVG(_ scene: Scene, to url: URL) throws {
        try write(to: url) { try svg(scene) }
    }

    /// The scene rendered to straight-alpha RGBA pixels, for pixel probes in tests and raster compositing.
    public static func bitmap(_ scene: Scene, scale: Double = 1) throws -> Bitmap {
        let surface = try imageSurface(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        let (width, height, rgba) = CairoImage.rgba(of: surface)
        return Bitmap(width: width, height: height, rgba: rgba)
    }
}

extension CairoRenderer {
    /// The advance width cairo gives `text` in `font` (for checking `TextMetrics` against the real font).
    static func measuredAdvance(_ text: String, font: Font) -> Double {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1) else { return .nan }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return .nan }
        defer { cairo_destroy(cr) }
        return CairoPainter.advance(text, font: font, cr: cr)
    }

    static func checkSize(_ width: Double, _ height: Double) throws {
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= 32767, height <= 32767 else {
            throw CairoError.invalidCanvasSize(width: width, height: height, path: nil)
        }
    }

    /// An ARGB32 surface with the scene drawn at `scale`; the caller destroys it.
    static func imageSurface(_ scene: Scene, scale: Double) throws -> OpaquePointer {
        let w = (scene.width * scale).rounded(), h = (scene.height * scale).rounded()
        try checkSize(w, h)
        guard scale > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)) else {
            throw CairoError.invalidCanvasSize(width: w, height: h, path: nil)
        }
        do {
            try CairoError.check(cairo_surface_status(surface), "creating the PNG canvas")
            try draw(scene, on: surface, scale: scale, what: "PNG")
            cairo_surface_flush(surface)
            try CairoError.check(cairo_surface_status(surface), "flushing the PNG canvas")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }

    /// Draws the scene on `surface` through a fresh context and checks the context's (sticky) status.
    static func draw(_ scene: Scene, on surface: OpaquePointer, scale: Double, what: String) throws {
        guard let cr = cairo_create(surface) else {
            throw CairoError.cairo(operation: "creating the \(what) context", status: "no memory", path: nil)
        }
        defer { cairo_destroy(cr) }
        try CairoError.check(cairo_status(cr), "creating the \(what) context")
        if scale != 1 { cairo_scale(cr, scale, scale) }
        CairoPainter(cr: cr).draw(scene)
        try CairoError.check(cairo_status(cr), "drawing the \(what) canvas")
    }

    static func drawAndFinish(_ scene: Scene, on surface: OpaquePointer, what: String) throws {
        try draw(scene, on: surface, scale: 1, what: what)
        cairo_surface_finish(surface)
        try CairoError.check(cairo_surface_status(surface), "finishing the \(what) document")
    }

    /// Checks the folder, renders, then writes atomically (temporary file + rename).
    static func write(to url: URL, render: () throws -> Data) throws {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CairoError.missingFolder(folder: folder.path, file: url.lastPathComponent)
        }
        let data: Data
        do { data = try render() } catch let error as CairoError { throw error.naming(url.path) }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CairoError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }
}

/// Straight-alpha RGBA pixels, rows from the top.
public struct Bitmap: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// 4 bytes per pixel: r, g, b, a.
    public let rgba: [UInt8]

    /// The pixel at column `x`, row `y` (0-based; must be inside the image).
    public func pixel(_ x: Int, _ y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }
}
