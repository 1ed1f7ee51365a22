/// Colours for activation patterns (which hidden units are on), as in regioncam: the colour is a hash of the
/// pattern, so a region keeps its colour across training snapshots and figures.
///
/// Contract: deterministic (FNV-1a over the bits and the count; no process-seeded hashing), light pastels
/// (CIE L* between 80 and 92, moderate chroma) so black text stays readable on them (contrast ≥ 7:1 against
/// black in practice) and boundaries drawn in dark lines stand out. Different patterns usually differ in hue
/// *and* lightness, but a hash can collide: figures should not rely on colour alone to tell patterns apart
/// (label regions with the pattern where space allows).
public enum PatternColors {
    /// The colour of `pattern` (bits in unit order, layer by layer).
    public static func color(forPattern pattern: [Bool]) -> Color {
        let h = hash(pattern)
        let hue = Double(h % 360)
        let lightness = [80.0, 86.0, 92.0][Int((h >> 16) % 3)]
        let chroma = [22.0, 30.0][Int((h >> 24) % 2)]
        return Color(lchL: lightness, c: chroma, h: hue)
    }

    /// The pattern written as bits, e.g. `[true, false, true]` → `"101"` (for labels and tooltips).
    public static func label(_ pattern: [Bool]) -> String {
        String(pattern.map { $0 ? "1" : "0" })
    }

    /// 64-bit FNV-1a of the bits, then a final avalanche so nearby patterns get unrelated hues.
    static func hash(_ pattern: [Bool]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for bit in pattern { mix(bit ? 1 : 0) }
        var n = UInt64(pattern.count)
        for _ in 0..<8 { mix(UInt8(n & 0xFF)); n >>= 8 }
        h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 33
        return h
    }
}
