import Foundation
import NNVizEngine
import NNVizScene

/// How the `surface` figure turns the output logit z^O into colour and which levels it contours.
///
/// Signed outputs (identity): the diverging orange (−) / blue (+) map, levels at round values. Sigmoid: the
/// probability p = σ(z), the same map centred at p = 0.5 (orange = class 0, blue = class 1), levels at
/// p = 0.1 … 0.9 (z = logit p, so the contours of p are still exact lines). Step: two classes, level z = 0.
/// Levels are kept in z (where each region's output is affine) and shown in display units (z or p).
struct SurfaceScale {
    enum Kind: Equatable { case signed, probability, step }
    var kind: Kind
    /// Contour levels in z, ascending.
    var levels: [Double]
    /// The display range (z for signed, 0…1 otherwise).
    var displayRange: (Double, Double)
    /// Symmetric colour limit for signed outputs.
    var limit: Double

    init(activation: Activation, zRange: (Double, Double)) {
        switch activation {
        case .sigmoid:
            kind = .probability
            levels = stride(from: 0.1, through: 0.9001, by: 0.1).map { log($0 / (1 - $0)) }
            displayRange = (0, 1)
            limit = 0.5
        case .step:
            kind = .step
            levels = [0]
            displayRange = (0, 1)
            limit = 0.5
        default:
            kind = .signed
            let lo = zRange.0.isFinite ? zRange.0 : 0, hi = zRange.1.isFinite ? zRange.1 : 0
            let span = max(hi - lo, 1e-9)
            levels = PlotScale(domain: (lo, hi), range: (0, 1)).ticks(8).filter { $0 > lo + 1e-9 * span && $0 < hi - 1e-9 * span }
            displayRange = (lo, hi)
            limit = max(abs(lo), abs(hi), 1e-12)
        }
    }

    /// The displayed value of a logit.
    func display(_ z: Double) -> Double {
        switch kind {
        case .signed: return z
        case .probability: return Activation.logistic(z)
        case .step: return z >= 0 ? 1 : 0
        }
    }

    /// The colour of a displayed value. The map is used up to `strength` of its range only, so the data
    /// markers (class colours, dark outlines) stay visible on the most extreme fills.
    func color(display v: Double) -> Color {
        let strength = 0.62
        switch kind {
        case .signed: return DivergingColorMap.orangeBlue.color(v * strength, limit: limit)
        case .probability: return DivergingColorMap.orangeBlue.color((v - 0.5) * strength, limit: 0.5)
        case .step: return DivergingColorMap.orangeBlue.color(v >= 0.5 ? 0.4 : -0.4, limit: 1)
        }
    }

    /// Display-space bounds of band b (between levels b − 1 and b).
    func band(_ b: Int) -> (Double, Double) {
        let lo = b == 0 ? displayRange.0 : display(levels[b - 1])
        let hi = b == levels.count ? displayRange.1 : display(levels[b])
        return kind == .step ? (Double(b), Double(b)) : (lo, hi)
    }

    /// The fill of band b: the colour at its middle.
    func bandColor(_ b: Int) -> Color {
        let (lo, hi) = band(b)
        return color(display: 0.5 * (lo + hi))
    }

    /// The class of band b for classifiers (display ≥ 0.5), nil for signed outputs.
    func bandClass(_ b: Int) -> Int? {
        guard kind != .signed else { return nil }
        let (lo, hi) = band(b)
        return 0.5 * (lo + hi) >= 0.5 ? 1 : 0
    }

    /// Whether band b is hatched in the print theme: one meaning everywhere, the class-1 / positive (blue) side —
    /// ŷ > 0 for a signed output, ŷ ≥ 0.5 for a sigmoid, class 1 for a step output (softmax: `HatchPattern.forClass`,
    /// whose class 1 is the same diagonal).
    func bandIsHatched(_ b: Int) -> Bool {
        if let cls = bandClass(b) { return cls == 1 }
        let (lo, hi) = band(b)
        return 0.5 * (lo + hi) > 0
    }

    /// Whether the contour at `level` (in z) is on the negative side (z < 0: class 0 for classifiers); those
    /// contours are dashed, so the sign reads without colour (as matplotlib draws negative contours).
    func isNegativeLevel(_ level: Double) -> Bool { level < -1e-12 }

    /// What the colour bar is labelled with.
    var quantity: String {
        switch kind {
        case .signed: return "zᴼ = ŷ"
        case .probability: return "ŷ = σ(zᴼ)"
        case .step: return "ŷ = step(zᴼ)"
        }
    }
}
