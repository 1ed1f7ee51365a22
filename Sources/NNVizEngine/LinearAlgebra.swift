import CBLAS

/// The matrix products the engine needs, on row-major `Double` storage, through OpenBLAS (CBLAS).
///
/// OpenBLAS is pinned to one thread the first time any product runs (`LinearAlgebra.configure()`): the
/// engine's matrices are small and the machine is shared. The CPU kernel OpenBLAS uses is chosen when the
/// library loads; set `OPENBLAS_CORETYPE` (e.g. `SkylakeX` on AVX-512 CPUs) before the process starts to
/// override its choice (see docs/engine.md).
public enum LinearAlgebra {
    /// Pins OpenBLAS to one thread (idempotent, thread-safe). Every product of the package calls it first.
    ///
    /// The pinning runs exactly once per process: a `static let` is initialised through `swift_once`, so
    /// threads that arrive together wait until the first has finished, and no product ever starts while
    /// OpenBLAS's thread count is being changed.
    public static func configure() { _ = pinnedToOneThread }

    private static let pinnedToOneThread: Bool = {
        openblas_set_num_threads(1)
        return true
    }()

    /// The name of the CPU kernel set OpenBLAS chose (e.g. "SkylakeX", "Haswell").
    public static var blasCoreName: String {
        configure()
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// Z = A·Wᵀ + 1·bᵀ: A is batch × inputs, W is units × inputs, b has `units` entries; Z is batch × units.
    public static func affine(_ a: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        precondition(a.columns == w.columns && b.count == w.rows, "affine: shapes do not match")
        var z = Matrix(rows: a.rows, columns: w.rows)
        guard a.rows > 0, w.rows > 0 else { return z }
        z.storage.withUnsafeMutableBufferPointer { zb in
            a.storage.withUnsafeBufferPointer { ab in
                w.storage.withUnsafeBufferPointer { wb in
                    b.withUnsafeBufferPointer { bb in
                        guard let zp = zb.baseAddress, let wp = wb.baseAddress, let bp = bb.baseAddress else { return }
                        affine(ab.baseAddress, rows: a.rows, inputs: a.columns, weights: wp, biases: bp,
                               units: w.rows, into: zp)
                    }
                }
            }
        }
        return z
    }

    /// Z = A·Wᵀ + 1·bᵀ on raw row-major buffers (A: rows × inputs, W: units × inputs, Z: rows × units).
    /// `a` may be nil only when `inputs == 0`.
    static func affine<T: TrainingScalar>(_ a: UnsafePointer<T>?, rows: Int, inputs: Int, weights: UnsafePointer<T>,
                                          biases: UnsafePointer<T>, units: Int, into z: UnsafeMutablePointer<T>) {
        guard inputs > 0, rows > 0, let a else {
            for r in 0..<rows { (z + r * units).update(from: biases, count: units) }
            return
        }
        if units <= narrowLayer && rows > units {
            narrowAffine(a, rows: rows, inputs: inputs, weights: weights, biases: biases, units: units, into: z)
            return
        }
        // β = 0 lets OpenBLAS use its small-matrix kernels; the bias is added in a second pass.
        T.gemm(transposeA: false, transposeB: true, m: rows, n: units, k: inputs, alpha: 1,
               a: a, lda: inputs, b: weights, ldb: inputs, beta: 0, c: z, ldc: units)
        T.addRows(biases, to: z, rows: rows, width: units)
    }

    /// Layers at most this wide compute Zᵀ = W·Aᵀ instead of Z = A·Wᵀ: OpenBLAS is measured ~3× faster
    /// on 10 × 4000 results than on 4000 × 10 ones (docs/benchmarks.md).
    static let narrowLayer = 10

    /// Z = A·Wᵀ + 1·bᵀ through Zᵀ = W·Aᵀ (units × rows) and a transposing copy that adds the bias.
    private static func narrowAffine<T: TrainingScalar>(_ a: UnsafePointer<T>, rows: Int, inputs: Int,
                                                        weights: UnsafePointer<T>, biases: UnsafePointer<T>,
                                                        units: Int, into z: UnsafeMutablePointer<T>) {
        withUnsafeTemporaryAllocation(of: T.self, capacity: rows * units) { buffer in
            guard let zt = buffer.baseAddress else { return }
            T.gemm(transposeA: false, transposeB: true, m: units, n: rows, k: inputs, alpha: 1,
                   a: weights, lda: inputs, b: a, ldb: inputs, beta: 0, c: zt, ldc: rows)
            for r in 0..<rows {
                for j in 0..<units { z[r * units + j] = zt[j * rows + r] + biases[j] }
            }
        }
    }

    /// G = Dᵀ·A (units × inputs) for D: rows × units and A: rows × inputs — the weight gradient of a layer.
    static func weightGradient<T: TrainingScalar>(delta: UnsafePointer<T>, input a: UnsafePointer<T>, rows: Int,
                                                  units: Int, inputs: Int, into g: UnsafeMutablePointer<T>) {
        guard rows > 0, inputs > 0 else {
            g.update(repeating: 0, count: units * inputs)
            return
        }
        T.gemm(transposeA: true, transposeB: false, m: units, n: inputs, k: rows, alpha: 1,
               a: delta, lda: units, b: a, ldb: inputs, beta: 0, c: g, ldc: inputs)
    }

    /// E = D·W (rows × inputs) for D: rows × units and W: units × inputs — the error sent to the layer below.
    static func backpropagate<T: TrainingScalar>(delta: UnsafePointer<T>, weights: UnsafePointer<T>, rows: Int,
                                                 units: Int, inputs: Int, into e: UnsafeMutablePointer<T>) {
        guard rows > 0 else { return }
        T.gemm(transposeA: false, transposeB: false, m: rows, n: inputs, k: units, alpha: 1,
               a: delta, lda: units, b: weights, ldb: inputs, beta: 0, c: e, ldc: inputs)
    }

    /// The column sums of D (rows × units) — the bias gradient of a layer.
    static func columnSums<T: TrainingScalar>(_ d: UnsafePointer<T>, rows: Int, units: Int,
                                              into s: UnsafeMutablePointer<T>) {
        T.columnSums(d, rows: rows, units: units, into: s)
    }
}

extension LinearAlgebra {
    /// Z = A·Wᵀ + 1·bᵀ for one layer on caller-owned row-major buffers: A is `rows × layer.inputs`, Z is
    /// `rows × layer.units`. The analyses use it to push many points through a layer at once (one BLAS call,
    /// on the engine's single OpenBLAS thread) without allocating matrices.
    public static func affine(rows: Int, input a: UnsafePointer<Double>, layer: DenseLayer,
                              into z: UnsafeMutablePointer<Double>) {
        guard rows > 0, layer.units > 0 else { return }
        layer.weights.storage.withUnsafeBufferPointer { wb in
            layer.biases.withUnsafeBufferPointer { bb in
                guard let wp = wb.baseAddress, let bp = bb.baseAddress else { return }
                affine(layer.inputs > 0 ? a : nil, rows: rows, inputs: layer.inputs, weights: wp, biases: bp,
                       units: layer.units, into: z)
            }
        }
    }
}
