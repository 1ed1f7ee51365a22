/// A tiny deterministic PNG encoder (8-bit RGBA, "Sub" row filter, our own fixed-Huffman deflate or, with
/// `compress: false`, zlib "stored" blocks).
///
/// Used by the SVG writer to embed rasters without Cairo. Same pixels ⇒ byte-identical file; there is no
/// timestamp or text chunk. Compression is modest (see `Deflate`) but needs no zlib.
public enum PNGEncoder {
    /// Encodes `rgba` (straight alpha, 4 bytes per pixel, rows from the top) as a PNG file.
    ///
    /// Contract: `rgba.count == width * height * 4`, `width, height ≥ 1`; otherwise returns `nil`.
    public static func encode(width: Int, height: Int, rgba: [UInt8], compress: Bool = true) -> [UInt8]? {
        guard width > 0, height > 0, width <= 1 << 24, height <= 1 << 24,
              rgba.count == width * height * 4 else { return nil }
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for row in 0..<height {
            let start = row * width * 4
            if compress {
                raw.append(1)  // filter type Sub: each byte minus the same channel of the pixel to its left
                for i in 0..<(width * 4) { raw.append(i < 4 ? rgba[start + i] : rgba[start + i] &- rgba[start + i - 4]) }
            } else {
                raw.append(0)  // filter type: none
                raw.append(contentsOf: rgba[start..<(start + width * 4)])
            }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 6, 0, 0, 0]  // bit depth 8, colour type RGBA, deflate, filter 0, no interlace
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header)
        file += chunk("IDAT", compress ? zlibDeflated(raw) : zlibStored(raw))
        file += chunk("IEND", [])
        return file
    }

    /// A zlib stream of `data` in uncompressed ("stored") deflate blocks of at most 65535 bytes.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let length = min(65535, data.count - start)
            let isLast = start + length == data.count
            out.append(isLast ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[start..<(start + length)]
            start += length
        } while start < data.count
        out += bigEndian(adler32(data))
        return out
    }

    /// A zlib stream of `data` compressed by `Deflate`.
    static func zlibDeflated(_ data: [UInt8]) -> [UInt8] {
        [0x78, 0x01] + Deflate.compress(data) + bigEndian(adler32(data))
    }

    static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(body.count)) + typeBytes + body + bigEndian(crc32(typeBytes + body))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    /// CRC-32 (ISO 3309 / PNG), polynomial 0xEDB88320.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Adler-32 checksum (RFC 1950).
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return (b << 16) | a
    }
}
