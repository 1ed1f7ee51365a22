import CBLAS
import Foundation

/// The number type of the training arithmetic: `Double` (the default, exact enough for gradient checks)
/// or `Float` (the heavy path for large nets, as fast as PyTorch's float32; see docs/engine.md).
/// Provides the BLAS product and the scalar functions the kernels need.
protocol TrainingScalar: BinaryFloatingPoint, Sendable {
    /// C ← α·op(A)·op(B) + β·C on row-major buffers (op = transpose when the flag is set): C is m × n.
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    static func exponential(_ x: Self) -> Self
    static func logarithm(_ x: Self) -> Self
    static func logarithmOfOnePlus(_ x: Self) -> Self
    static func hyperbolicTangent(_ x: Self) -> Self
    // Vector kernels (VectorKernels.swift).
    static func reluForward(_ z: UnsafePointer<Self>, into u: UnsafeMutablePointer<Self>, count: Int, slope: Self)
    static func reluBackward(_ d: UnsafeMutablePointer<Self>, z: UnsafePointer<Self>, count: Int, slope: Self)
    static func columnSums(_ d: UnsafePointer<Self>, rows: Int, units: Int, into s: UnsafeMutablePointer<Self>)
    static func addRows(_ b: UnsafePointer<Self>, to z: UnsafeMutablePointer<Self>, rows: Int, width: Int)
}

extension TrainingScalar {
    /// 1 / (1 + e^(−z)), without overflow for large |z|.
    static func logistic(_ z: Self) -> Self {
        if z >= 0 { return 1 / (1 + exponential(-z)) }
        let e = exponential(z)
        return e / (1 + e)
    }
}

private func transpose(_ flag: Bool) -> CBLAS_TRANSPOSE { flag ? CblasTrans : CblasNoTrans }

extension Double: TrainingScalar {
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                     a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                     beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        LinearAlgebra.configure()
        cblas_dgemm(CblasRowMajor, transpose(transposeA), transpose(transposeB), Int32(m), Int32(n), Int32(k),
                    alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    static func exponential(_ x: Double) -> Double { Foundation.exp(x) }
    static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
    static func logarithmOfOnePlus(_ x: Double) -> Double { Foundation.log1p(x) }
    static func hyperbolicTangent(_ x: Double) -> Double { Foundation.tanh(x) }
}

extension Float: TrainingScalar {
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        LinearAlgebra.configure()
        cblas_sgemm(CblasRowMajor, transpose(transposeA), transpose(transposeB), Int32(m), Int32(n), Int32(k),
                    alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    static func exponential(_ x: Float) -> Float { Foundation.expf(x) }
    static func logarithm(_ x: Float) -> Float { Foundation.logf(x) }
    static func logarithmOfOnePlus(_ x: Float) -> Float { Foundation.log1pf(x) }
    static func hyperbolicTangent(_ x: Float) -> Float { Foundation.tanhf(x) }
}
