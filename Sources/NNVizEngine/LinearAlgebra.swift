/// The matrix products the engine needs. Placeholder loops; the engine issue makes these fast.
public enum LinearAlgebra {
    /// Z = A·Wᵀ + 1·bᵀ: A is batch × inputs, W is units × inputs, b has `units` entries; Z is batch × units.
    public static func affine(_ a: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        precondition(a.columns == w.columns && b.count == w.rows, "affine: shapes do not match")
        var z = Matrix(rows: a.rows, columns: w.rows)
        for i in 0..<a.rows {
            for j in 0..<w.rows {
                var s = b[j]
                for k in 0..<a.columns { s += a[i, k] * w[j, k] }
                z[i, j] = s
            }
        }
        return z
    }
}
