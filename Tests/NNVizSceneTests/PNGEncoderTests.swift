import Testing
@testable import NNVizScene

@Test func crc32AndAdler32MatchPublishedCheckValues() {
    #expect(PNGEncoder.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(PNGEncoder.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    // The IEND chunk of every PNG ends with the same CRC.
    #expect(PNGEncoder.chunk("IEND", []) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
}

@Test func pngHeaderAndStoredBlocks() throws {
    let png = try #require(PNGEncoder.encode(width: 3, height: 2, rgba: [UInt8](repeating: 7, count: 24)))
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(Array(png[12..<16]) == Array("IHDR".utf8))
    #expect(Array(png[16..<24]) == [0, 0, 0, 3, 0, 0, 0, 2])
    #expect(PNGEncoder.encode(width: 3, height: 2, rgba: [1, 2]) == nil)
    // 70 000 bytes need two stored blocks; the first is not final and holds 65535 bytes.
    let z = PNGEncoder.zlibStored([UInt8](repeating: 1, count: 70_000))
    #expect(z[2] == 0 && z[3] == 0xFF && z[4] == 0xFF && z[5] == 0 && z[6] == 0)
    #expect(z.count == 2 + 5 + 65535 + 5 + (70_000 - 65535) + 4)
}
