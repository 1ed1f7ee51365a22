import NNVizEngine

/// Networks of the course notes and random nets for the region tests.
enum TestNets {
    /// seeds 002: XOR with two relu units, identity output.
    static let xor = Network(inputNames: ["x1", "x2"], layers: [
        DenseLayer(weights: [[1, 1], [1, 1]], biases: [0, -1], activation: .relu),
        DenseLayer(weights: [[1, -2]], biases: [0], activation: .identity),
    ])

    /// seeds 001 Problem 2: step net on one input, joints at x = 2 and x = 4.
    static let problem2 = Network(inputNames: ["x"], layers: [
        DenseLayer(weights: [[1], [1]], biases: [-2, -4], activation: .step),
        DenseLayer(weights: [[1, -2]], biases: [-0.5], activation: .step),
    ])

    /// seeds 001 Problem 3: step net on two inputs; ŷ = 1 exactly on the triangle x1, x2 ≥ 0, x1 + x2 < 1.
    static let problem3 = Network(inputNames: ["x1", "x2"], layers: [
        DenseLayer(weights: [[1, 0], [0, 1], [1, 1]], biases: [0, 0, -1], activation: .step),
        DenseLayer(weights: [[1, 1, -1]], biases: [-1.5], activation: .step),
    ])

    /// A random dense net with Gaussian weights (std `scale`) and the given hidden activation.
    static func random(widths: [Int], hidden: Activation, output: Activation = .identity, seed: UInt64,
                       scale: Double = 1) -> Network {
        var rng = SeededGenerator(seed: seed)
        var layers: [DenseLayer] = []
        for l in 1..<widths.count {
            let w = (0..<widths[l]).map { _ in (0..<widths[l - 1]).map { _ in scale * rng.nextGaussian() } }
            let b = (0..<widths[l]).map { _ in 0.5 * rng.nextGaussian() }
            layers.append(DenseLayer(weights: w, biases: b, activation: l == widths.count - 1 ? output : hidden))
        }
        return Network(inputNames: (0..<widths[0]).map { "x\($0 + 1)" }, layers: layers)
    }

    /// One hidden relu layer of n units whose lines are in general position with every pairwise
    /// intersection strictly inside [-100, 100]² (rejection sampling); identity output.
    static func shallowGeneralPosition(units n: Int, seed: UInt64) -> Network {
        var rng = SeededGenerator(seed: seed)
        while true {
            var rows: [[Double]] = [], biases: [Double] = []
            for _ in 0..<n {
                let angle = rng.nextUniform(in: 0, 2 * Double.pi)
                rows.append([cos(angle), sin(angle)])
                biases.append(rng.nextUniform(in: -1, 1))
            }
            if generalPosition(rows, biases, box: 95) {
                let out = (0..<n).map { _ in rng.nextGaussian() }
                return Network(inputNames: ["x1", "x2"], layers: [
                    DenseLayer(weights: rows, biases: biases, activation: .relu),
                    DenseLayer(weights: [out], biases: [0], activation: .identity),
                ])
            }
        }
    }

    /// Every pair of lines meets inside the box and no three lines meet within 1e-6.
    static func generalPosition(_ w: [[Double]], _ b: [Double], box: Double) -> Bool {
        var points: [(Double, Double)] = []
        for i in w.indices {
            for j in (i + 1)..<w.count {
                let det = w[i][0] * w[j][1] - w[i][1] * w[j][0]
                guard abs(det) > 1e-3 else { return false }
                let x = (-b[i] * w[j][1] + b[j] * w[i][1]) / det
                let y = (-w[i][0] * b[j] + w[j][0] * b[i]) / det
                guard abs(x) < box && abs(y) < box else { return false }
                points.append((x, y))
            }
        }
        for i in points.indices {
            for j in (i + 1)..<points.count
            where abs(points[i].0 - points[j].0) + abs(points[i].1 - points[j].1) < 1e-6 { return false }
        }
        return true
    }
}

import Foundation
