import Testing
import NNVizEngine

/// The BLAS-backed affine map against the textbook triple loop.
@Suite struct LinearAlgebraTests {
    @Test(arguments: [(1, 1, 1), (7, 3, 5), (33, 17, 9), (100, 40, 30)])
    func affineMatchesTheDefinition(shape: (Int, Int, Int)) {
        let (rows, inputs, units) = shape
        let a = TestNetworks.randomMatrix(rows: rows, columns: inputs, seed: 1)
        let w = TestNetworks.randomMatrix(rows: units, columns: inputs, seed: 2)
        let b = TestNetworks.randomMatrix(rows: 1, columns: units, seed: 3).storage
        let z = LinearAlgebra.affine(a, w, b)
        #expect(z.rows == rows && z.columns == units)
        for i in 0..<rows {
            for j in 0..<units {
                var s = b[j]
                for k in 0..<inputs { s += a[i, k] * w[j, k] }
                #expect(abs(z[i, j] - s) <= 1e-12 * max(1, abs(s)))
            }
        }
    }

    /// The column-major, strided form the region analysis uses: same values as the definition, padding rows 0.
    @Test(arguments: [(1, 1, 1, 1), (5, 8, 2, 3), (40, 64, 16, 12), (0, 4, 3, 2), (3, 3, 0, 4)])
    func affineByColumnsMatchesTheDefinition(shape: (Int, Int, Int, Int)) {
        let (rows, stride, inputs, units) = shape
        let a = TestNetworks.randomMatrix(rows: 1, columns: max(1, stride * inputs), seed: 6).storage
        let w = TestNetworks.randomMatrix(rows: units, columns: inputs, seed: 7)
        let b = TestNetworks.randomMatrix(rows: 1, columns: units, seed: 8).storage
        let z = LinearAlgebra.affineByColumns(a, rows: rows, stride: stride, weights: w, biases: b)
        #expect(z.count == stride * units)
        for j in 0..<units {
            for r in 0..<stride {
                var s = r < rows ? b[j] : 0
                if r < rows { for k in 0..<inputs { s += a[k * stride + r] * w[j, k] } }
                #expect(abs(z[j * stride + r] - s) <= 1e-12 * max(1, abs(s)), "unit \(j), row \(r)")
            }
        }
    }

    @Test func forwardKeepsEveryLayerAndAppliesSoftmax() {
        let net = TestNetworks.random(inputs: 2, hidden: [3], hiddenActivation: .relu, outputs: 3, output: .softmax, seed: 4)
        let x = TestNetworks.randomMatrix(rows: 5, columns: 2, seed: 5)
        let pass = net.forward(x)
        #expect(pass.layers.count == 2)
        for r in 0..<5 {
            let hidden = pass.layers[0].z.row(r).map { max($0, 0) }
            #expect(pass.layers[0].u.row(r) == hidden)
            let sum = pass.output.row(r).reduce(0, +)
            #expect(abs(sum - 1) < 1e-14)
            #expect(pass.output.row(r) == Activation.softmax(pass.outputLogits.row(r)))
        }
    }
}
