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
