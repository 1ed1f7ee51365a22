import Foundation
import Testing
@testable import NNVizScene

@Test func labConversionMatchesReferenceValues() {
    // Reference L* values (sRGB, D65): white 100, black 0, mid gray #777777 ≈ 50.0, pure red ≈ 53.24.
    #expect(abs(Color.white.labLightness - 100) < 0.01)
    #expect(abs(Color.black.labLightness) < 0.01)
    #expect(abs(Color(hex: 0x777777).labLightness - 50.03) < 0.05)
    #expect(abs(Color(hex: 0xFF0000).labLightness - 53.24) < 0.05)
    let c = Color(hex: 0x3A7BD5), lab = c.lab
    let back = Color(labL: lab.l, a: lab.a, b: lab.b)
    #expect(back.bytes == c.bytes)
}

@Test func divergingMapIsNeutralAtZeroAndMonotoneInLightness() {
    let map = DivergingColorMap.orangeBlue
    #expect(map.color(0).labLightness > 95)
    #expect(map.color(.nan) == map.color(0))
    #expect(map.color(-5, limit: 2) == map.color(-1))
    var previousNegative = 101.0, previousPositive = 101.0
    for i in 0...50 {
        let t = Double(i) / 50
        let ln = map.color(-t).labLightness, lp = map.color(t).labLightness
        #expect(ln <= previousNegative + 1e-9 && lp <= previousPositive + 1e-9, "lightness not monotone at \(t)")
        previousNegative = ln; previousPositive = lp
    }
    // Negative is orange (red > blue), positive is blue.
    #expect(map.color(-0.8).red > map.color(-0.8).blue && map.color(0.8).blue > map.color(0.8).red)
    // At the ends both halves are clearly darker than the middle.
    #expect(map.color(-1).labLightness < 35 && map.color(1).labLightness < 35)
}

@Test func viridisLightnessIncreases() {
    var previous = -1.0
    for i in 0...40 {
        let l = SequentialColorMap.viridis.color(Double(i) / 40).labLightness
        #expect(l > previous)
        previous = l
    }
    #expect(SequentialColorMap.viridis.color(0) == Color(hex: 0x440154))
    #expect(SequentialColorMap.viridis.color(1) == Color(hex: 0xFDE725))
}

@Test func categoricalPaletteIsOkabeIto() {
    #expect(CategoricalPalette.okabeIto.count == 8)
    #expect(CategoricalPalette.okabeIto[1] == Color(hex: 0xE69F00))
    #expect(CategoricalPalette.classColor(0) == Color(hex: 0xE69F00))
    #expect(CategoricalPalette.classColor(1) == Color(hex: 0x0072B2))
    #expect(CategoricalPalette.classColor(9) == CategoricalPalette.classColor(1))
    #expect(CategoricalPalette.classColor(-1) == CategoricalPalette.classColor(7))
    #expect(Set(CategoricalPalette.classes.map(\.bytes.0)).count > 1)
}

@Test func patternColorsAreStablePastelAndVaried() {
    let p = [true, false, true, true]
    // Pinned value: the colour must not change between runs, processes or releases (figures rely on it).
    #expect(PatternColors.hash(p) == PatternColors.hash([true, false, true, true]))
    #expect(PatternColors.color(forPattern: p) == PatternColors.color(forPattern: p))
    #expect(PatternColors.hash([]) != PatternColors.hash([false]))
    var hues = Set<Int>()
    for n in 0..<64 {
        let pattern = (0..<6).map { (n >> $0) & 1 == 1 }
        let c = PatternColors.color(forPattern: pattern)
        #expect(c.labLightness > 78 && c.labLightness < 94, "pattern \(n) too dark or light")
        let lab = c.lab
        let degrees: Double = atan2(lab.b, lab.a) * 180 / Double.pi + 360
        hues.insert(Int(degrees.truncatingRemainder(dividingBy: 360) / 30))
    }
    #expect(hues.count >= 10)  // 64 patterns spread over at least 10 of the 12 hue sectors
    #expect(PatternColors.label([true, false, true]) == "101")
}

@Test func pinnedPatternHash() {
    // FNV-1a + murmur finaliser over [1, 0, 1] and the 8-byte count; computed once, pinned to catch changes.
    #expect(PatternColors.hash([true, false, true]) == pinnedHash)
}
let pinnedHash: UInt64 = 7_407_227_681_220_495_881
