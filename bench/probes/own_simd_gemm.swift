// Probe for the BLAS decision (docs/engine.md): an own SIMD8<Double> kernel for Z = A·Wᵀ, as the package would
// compile it (baseline x86-64). Run: swiftc -O own_simd_gemm.swift -o /tmp/own && /tmp/own
// Own SIMD kernel for Z = A·Wᵀ (A: n×k, W: m×k) using Wt (k×m) and broadcast-multiply-add over SIMD8 of units.
@inline(never)
func ownAffine(_ a: UnsafePointer<Double>, _ wt: UnsafePointer<Double>, _ z: UnsafeMutablePointer<Double>, n: Int, k: Int, m: Int) {
    precondition(m % 8 == 0)
    for i in 0..<n {
        let arow = a + i * k, zrow = z + i * m
        var j = 0
        while j < m {
            var acc = SIMD8<Double>(repeating: 0)
            for p in 0..<k {
                acc += arow[p] * UnsafeRawPointer(wt + p * m + j).loadUnaligned(as: SIMD8<Double>.self)
            }
            UnsafeMutableRawPointer(zrow + j).storeBytes(of: acc, as: SIMD8<Double>.self)
            j += 8
        }
    }
}
func bench(n: Int, k: Int, m: Int, reps: Int) {
    let a = UnsafeMutablePointer<Double>.allocate(capacity: n * k), wt = UnsafeMutablePointer<Double>.allocate(capacity: k * m)
    let z = UnsafeMutablePointer<Double>.allocate(capacity: n * m)
    for i in 0..<(n * k) { a[i] = Double(i % 7) * 0.1 }
    for i in 0..<(k * m) { wt[i] = Double(i % 5) * 0.1 }
    let c = ContinuousClock(); let t = c.now
    for _ in 0..<reps { ownAffine(a, wt, z, n: n, k: k, m: m) }
    let d = c.now - t
    let secs = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    print("own SIMD8<Double> \(n)x\(k)x\(m): \(Double(n * k * m * reps) / secs / 1e9) GMAC/s, \(secs / Double(reps) * 1e6) us/call")
}
bench(n: 1000, k: 16, m: 16, reps: 20000)
bench(n: 4000, k: 40, m: 296, reps: 50)
