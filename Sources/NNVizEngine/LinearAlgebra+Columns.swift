import CBLAS

/// The column-major affine map the region analysis runs over the vertices of its mesh.
///
/// Every BLAS call of the package goes through `NNVizEngine` so that OpenBLAS is pinned to one thread
/// (`LinearAlgebra.configure()`) before its first product, whichever entry point (training, analysis,
/// benchmark) comes first; other targets do not import `CBLAS`.
extension LinearAlgebra {
    /// Z = A·Wᵀ + 1·bᵀ on column-major storage with a column stride, returned as a new array.
    ///
    /// Layout: A holds `rows` points and W.columns inputs; input k of point r is `a[k * stride + r]`. Z holds
    /// the same points and W.rows units; unit j of point r is at `z[j * stride + r]`, and `z.count ==
    /// stride * W.rows` (the entries r ≥ `rows` of each column are 0). This is the layout of a buffer that
    /// keeps one column per unit with room for `stride` points (the region mesh's vertex values).
    /// Requires `rows <= stride`, `a.count >= stride * W.columns` and `biases.count == W.rows`.
    /// Each entry is b_j plus the BLAS dot product (β = 1 on a bias-filled Z), so results are deterministic.
    public static func affineByColumns(_ a: [Double], rows: Int, stride: Int, weights: Matrix,
                                       biases: [Double]) -> [Double] {
        var z = [Double](repeating: 0, count: stride * weights.rows)
        a.withUnsafeBufferPointer { ab in
            z.withUnsafeMutableBufferPointer { zb in
                affineByColumns(ab, rows: rows, stride: stride, weights: weights, biases: biases, into: zb)
            }
        }
        return z
    }

    /// `affineByColumns(_:rows:stride:weights:biases:)` into a caller-owned buffer (for reuse without
    /// allocation): writes rows 0..<`rows` of every unit column of `z` (`z.count >= stride * W.rows`) and
    /// leaves the rest of `z` as it was.
    public static func affineByColumns(_ a: UnsafeBufferPointer<Double>, rows: Int, stride: Int, weights: Matrix,
                                       biases: [Double], into z: UnsafeMutableBufferPointer<Double>) {
        let units = weights.rows, inputs = weights.columns
        precondition(rows >= 0 && rows <= stride && biases.count == units, "affineByColumns: shapes do not match")
        precondition(a.count >= stride * inputs && z.count >= stride * units, "affineByColumns: buffer too small")
        guard rows > 0, units > 0, let zp = z.baseAddress else { return }
        for j in 0..<units {
            (zp + j * stride).update(repeating: biases[j], count: rows)
        }
        guard inputs > 0, let ap = a.baseAddress else { return }
        weights.storage.withUnsafeBufferPointer { wb in
            guard let wp = wb.baseAddress else { return }
            // Column-major W (inputs × units, leading dimension `inputs`) is the row-major units × inputs
            // weight matrix read as Wᵀ, so A·Wᵀ needs no transpose flags.
            configure()
            cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(units), Int32(inputs),
                        1, ap, Int32(stride), wp, Int32(inputs), 1, zp, Int32(stride))
        }
    }
}
