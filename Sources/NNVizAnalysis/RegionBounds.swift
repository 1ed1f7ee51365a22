import NNVizEngine

/// Theoretical limits on the number of linear regions, for the network's architecture.
///
/// Only hidden layers that contribute pattern bits count (identity layers add no regions; leaving out their
/// dimension cap can only loosen a bound). Values saturate at `Int.max` (the JSON stays an integer).
public struct RegionBounds: Equatable, Sendable {
    /// Zaslavsky's count Σ_{j=0}^{D} C(n, j) for one hidden layer of n units in input dimension D: the exact
    /// number of regions of n lines (hyperplanes) in general position. Nil unless there is exactly one hidden layer.
    public var zaslavsky: Int?
    /// For D = 1: ∏(n_l + 1), the exact maximum number of pieces. For D ≥ 2: the bound of Serra,
    /// Tjandraatmadja & Ramalingam (2018, Theorem 1): Σ_{(j_1…j_L) ∈ J} ∏_l C(n_l, j_l) with
    /// J = {0 ≤ j_l ≤ min(n_0, n_1 − j_1, …, n_{l−1} − j_{l−1}, n_l)}. A leaky-relu layer keeps the
    /// dimension (its inactive units still pass information), so it does not subtract j_l from the cap.
    public var upper: Int
    /// Weights plus biases.
    public var parameters: Int

    public init(zaslavsky: Int?, upper: Int, parameters: Int) {
        self.zaslavsky = zaslavsky
        self.upper = upper
        self.parameters = parameters
    }

    /// The bounds of `network` (any input dimension).
    public init(network: Network) {
        let d = network.inputCount
        let layers = network.hiddenLayers.filter(\.activation.contributesPatternBits)
        var z: Int? = nil
        if network.hiddenLayers.count == 1 {
            let n = layers.first?.units ?? 0
            z = Self.saturate((0...d).reduce(0.0) { $0 + Self.binomial(n, $1) })
        }
        let upper: Double
        if d == 1 {
            upper = layers.reduce(1.0) { $0 * Double($1.units + 1) }
        } else {
            upper = Self.serra(widths: layers.map(\.units), leaky: layers.map { $0.activation != .relu && $0.activation != .step },
                               cap: d)
        }
        self.init(zaslavsky: z, upper: Self.saturate(upper), parameters: network.parameterCount)
    }

    /// Σ over J of ∏ C(n_l, j_l), by dynamic programming over (layer, cap): f_l(c) = Σ_{j ≤ min(c, n_l)}
    /// C(n_l, j) · f_{l+1}(min(c, n_l − j)) (min(c, n_l) for leaky layers), f_L ≡ 1, result f_0(n_0).
    static func serra(widths: [Int], leaky: [Bool], cap d: Int) -> Double {
        var f = [Double](repeating: 1, count: d + 1)
        for l in widths.indices.reversed() {
            let n = widths[l]
            f = (0...d).map { c in
                (0...min(c, n)).reduce(0.0) { sum, j in
                    sum + binomial(n, j) * f[leaky[l] ? min(c, n) : min(c, n - j)]
                }
            }
        }
        return f[d]
    }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        guard k >= 0 && k <= n else { return 0 }
        var r = 1.0
        for i in 0..<k { r = r * Double(n - i) / Double(i + 1) }
        return r.rounded()
    }

    static func saturate(_ x: Double) -> Int { x >= 9.2e18 ? Int.max : Int(x) }
}
