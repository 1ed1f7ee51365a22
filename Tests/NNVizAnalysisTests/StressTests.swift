import NNVizEngine
import Testing
@testable import NNVizAnalysis

struct RegionStressTests {
    /// Many random nets (depths 1–3, widths 2–12, every piecewise-linear activation, integer-ish weights that
    /// make lines through vertices and parallel lines common): the regions tile the box, every interior point
    /// has its region's pattern, and count == patterns.
    @Test func randomNetsTileAndLabelCorrectly() throws {
        var rng = SeededGenerator(seed: 77)
        var regionsChecked = 0, outputChecksSkipped = 0
        let acts: [Activation] = [.relu, .leakyReLU(slope: 0.2), .step, .identity]
        for trial in 0..<400 {
            let depth = 1 + rng.nextInt(below: 3)
            let widths = [2] + (0..<depth).map { _ in 2 + rng.nextInt(below: 11) } + [1 + rng.nextInt(below: 3)]
            let rounded = trial % 2 == 0
            var layers: [DenseLayer] = []
            for l in 1..<widths.count {
                let w = (0..<widths[l]).map { _ in (0..<widths[l - 1]).map { _ in
                    rounded ? Double(rng.nextInt(below: 5) - 2) : rng.nextGaussian() } }
                let b = (0..<widths[l]).map { _ in rounded ? Double(rng.nextInt(below: 3) - 1) : rng.nextGaussian() }
                let act = l == widths.count - 1 ? (widths[l] == 1 ? Activation.sigmoid : .softmax)
                    : acts[rng.nextInt(below: acts.count)]
                layers.append(DenseLayer(weights: w, biases: b, activation: act))
            }
            let net = Network(inputNames: ["a", "b"], layers: layers)
            let r = try Regions2D.compute(network: net, domain: [-2...2, -2...2])
            #expect(abs(r.areas.reduce(0, +) - 16) < 1e-9, "trial \(trial)")
            #expect(r.areas.allSatisfy { $0 > 0 }, "trial \(trial)")
            for i in 0..<r.regionCount {
                let (bits, z) = Self.bitsAndValues(net, [r.interiors[i].x, r.interiors[i].y])
                let label = r.pattern(of: i)
                let logits = net.forward(Matrix([[r.interiors[i].x, r.interiors[i].y]])).outputLogits.row(0)
                // A step unit that is identically 0 on the region is on (z ≥ 0) in exact arithmetic, but the BLAS
                // forward pass may see −1e-16 and switch it off, changing the output by a whole weight: such
                // regions are checked through their bits below, not through the rounded forward output.
                let stepUnitOnItsThreshold = Self.hasStepUnitAtZero(net, [r.interiors[i].x, r.interiors[i].y])
                regionsChecked += 1
                if stepUnitOnItsThreshold { outputChecksSkipped += 1 }
                for k in logits.indices where !stepUnitOnItsThreshold {
                    #expect(abs(r.outputMap(i, k)(r.interiors[i]) - logits[k]) <= 1e-9 * (1 + abs(logits[k])),
                            "trial \(trial) region \(i) output \(k)")
                }
                // Integer weights make units identically 0 on whole regions; the forward pass then sees ±1e-16
                // rounding, so bits whose z is within 1e-9 of 0 are not compared.
                for b in bits.indices where abs(z[b]) > 1e-9 {
                    #expect(bits[b] == label[b], "trial \(trial) region \(i) bit \(b)")
                }
            }
            let c = RegionCounts(r, network: net)
            #expect(c.count == c.patterns, "trial \(trial)")
        }
        #expect(outputChecksSkipped * 20 < regionsChecked, "the output check must cover at least 95 % of the regions")  // 368 of 15 511 here
    }

    /// True when some step unit's pre-activation at `x` is within 1e-9 of 0 (plain forward pass).
    static func hasStepUnitAtZero(_ net: Network, _ x: [Double]) -> Bool {
        var a = x
        for layer in net.hiddenLayers {
            var z = layer.biases
            for j in 0..<layer.units {
                for k in 0..<layer.inputs { z[j] += layer.weights[j, k] * a[k] }
            }
            if layer.activation == .step && z.contains(where: { abs($0) <= 1e-9 }) { return true }
            a = z.map(layer.activation.apply)
        }
        return false
    }

    /// Pattern bits and the pre-activation behind each bit at one point (plain forward pass).
    static func bitsAndValues(_ net: Network, _ x: [Double]) -> ([Bool], [Double]) {
        var a = x, bits: [Bool] = [], values: [Double] = []
        for layer in net.hiddenLayers {
            var z = layer.biases
            for j in 0..<layer.units {
                for k in 0..<layer.inputs { z[j] += layer.weights[j, k] * a[k] }
                if layer.activation.contributesPatternBits {
                    bits.append(layer.activation.isOn(z[j]))
                    values.append(z[j])
                }
            }
            a = z.map(layer.activation.apply)
        }
        return (bits, values)
    }
}
