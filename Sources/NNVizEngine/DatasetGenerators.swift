import Foundation

/// The synthetic data sets a model file can ask for (`data: {generate: {dataset: …}}`).
///
/// Every set is a pure function of (count, noise, classes, seed): points are drawn in order from one
/// `SeededGenerator(seed:)`, point i belongs to class i mod k (balanced and interleaved), and `noise` is the
/// standard deviation of Gaussian noise added to each input coordinate (classification) or to the target
/// (regression). Classification sets have 2 inputs and class-index targets; regression sets have 1 input.
public enum SyntheticDataset: String, CaseIterable, Sendable {
    /// Four clusters at the corners of the unit square: (0,0), (1,1) class 0; (0,1), (1,0) class 1.
    case xor
    /// Class 0 on the circle of radius 1, class 1 on the circle of radius 0.5 (centre 0).
    case circles
    /// Two interleaved half circles: class 0 (cos t, sin t), class 1 (1 − cos t, 0.5 − sin t), t ∈ [0, π].
    case moons
    /// k spiral arms from the origin: r = t, θ = 2πc/k + 4t, t ∈ [0, 1].
    case spiral
    /// k round blobs centred on the unit circle at angles 2πc/k, spread `noise`.
    case gaussians
    /// y = sin x for x ∈ [−π, π].
    case sine
    /// y = |x| for x ∈ [−1, 1].
    case abs
    /// A staircase on x ∈ [−1, 1): k levels 0, 1/(k−1), …, 1 (k = classes, at least 2), equally wide.
    case steps

    /// 2 for the classification sets, 1 for the regression sets.
    public var inputDimension: Int { isClassification ? 2 : 1 }

    /// True for xor, circles, moons, spiral and gaussians (targets are class indices).
    public var isClassification: Bool {
        switch self {
        case .xor, .circles, .moons, .spiral, .gaussians: true
        case .sine, .abs, .steps: false
        }
    }

    /// The number of classes generated for a requested `classes`: 2 for xor / circles / moons, max(2, classes)
    /// for spiral / gaussians, nil for the regression sets.
    public func classCount(requested classes: Int) -> Int? {
        switch self {
        case .xor, .circles, .moons: 2
        case .spiral, .gaussians: max(2, classes)
        case .sine, .abs, .steps: nil
        }
    }

    /// A box around the noise-free data with a margin, one interval per input: a good default `domain`.
    public var suggestedDomain: [ClosedRange<Double>] {
        switch self {
        case .xor: [-0.5...1.5, -0.5...1.5]
        case .circles: [-1.5...1.5, -1.5...1.5]
        case .moons: [-1.5...2.5, -1.0...1.5]
        case .spiral: [-1.25...1.25, -1.25...1.25]
        case .gaussians: [-2.0...2.0, -2.0...2.0]
        case .sine: [-3.5...3.5]
        case .abs: [-1.25...1.25]
        case .steps: [-1.25...1.25]
        }
    }

    /// `count` points of data set `kind` (see the cases for the shapes); deterministic from `seed`.
    public static func generate(_ kind: SyntheticDataset, count: Int, noise: Double, classes: Int,
                                seed: UInt64) -> Dataset {
        var rng = SeededGenerator(seed: seed)
        let k = kind.classCount(requested: classes) ?? max(2, classes)
        var inputs: [Double] = []
        var targets: [Double] = []
        inputs.reserveCapacity(max(count, 0) * kind.inputDimension)
        for i in 0..<max(count, 0) {
            let (point, target) = kind.point(i, classes: k, rng: &rng)
            inputs += point.map { kind.isClassification ? $0 + noise * rng.nextGaussian() : $0 }
            targets.append(kind.isClassification ? target : target + noise * rng.nextGaussian())
        }
        return Dataset(inputs: Matrix(rows: targets.count, columns: kind.inputDimension, storage: inputs),
                       targets: targets)
    }

    /// The noise-free point i and its target.
    private func point(_ i: Int, classes k: Int, rng: inout SeededGenerator) -> ([Double], Double) {
        let c = i % k
        switch self {
        case .xor:
            let corner = i % 4
            let x = Double(corner & 1), y = Double(corner >> 1)
            return ([x, y], x == y ? 0 : 1)
        case .circles:
            let t = rng.nextUniform(in: 0, 2 * Double.pi), r = c == 0 ? 1.0 : 0.5
            return ([r * cos(t), r * sin(t)], Double(c))
        case .moons:
            let t = rng.nextUniform(in: 0, Double.pi)
            return (c == 0 ? [cos(t), sin(t)] : [1 - cos(t), 0.5 - sin(t)], Double(c))
        case .spiral:
            let t = rng.nextUniform(), theta = 2 * Double.pi * Double(c) / Double(k) + 4 * t
            return ([t * cos(theta), t * sin(theta)], Double(c))
        case .gaussians:
            let a = 2 * Double.pi * Double(c) / Double(k)
            return ([cos(a), sin(a)], Double(c))
        case .sine:
            let x = rng.nextUniform(in: -Double.pi, Double.pi)
            return ([x], sin(x))
        case .abs:
            let x = rng.nextUniform(in: -1, 1)
            return ([x], Swift.abs(x))
        case .steps:
            let x = rng.nextUniform(in: -1, 1)
            let level = min(k - 1, Int(((x + 1) / 2 * Double(k)).rounded(.down)))
            return ([x], Double(level) / Double(k - 1))
        }
    }
}
