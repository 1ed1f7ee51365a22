import CCairo
import Foundation

/// Collects the bytes cairo writes through a `cairo_write_func_t`, so every output is rendered in memory first.
final class CairoByteSink {
    var data = Data()

    /// The C callback: `closure` is an unretained pointer to a `CairoByteSink` kept alive by the caller.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<CairoByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
        return CAIRO_STATUS_SUCCESS
    }

    /// Runs `body` with the opaque closure pointer for cairo, keeping `self` alive meanwhile.
    func withClosure<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(Unmanaged.passUnretained(self).toOpaque()) }
    }
}

/// Reads a byte buffer through a `cairo_read_func_t` (used to decode PNGs in tests).
final class CairoByteSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ data: Data) { bytes = Array(data) }

    static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<CairoByteSource>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard source.offset + n <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        for i in 0..<n { buffer[i] = source.bytes[source.offset + i] }
        source.offset += n
        return CAIRO_STATUS_SUCCESS
    }
}
