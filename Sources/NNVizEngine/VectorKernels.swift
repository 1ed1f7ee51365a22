/// Branch-free element-wise kernels in explicit SIMD, one concrete copy per scalar type (generic SIMD code
/// is not lowered to vector instructions reliably, so these are written out for `Double` and `Float`).
/// Each handles full vector chunks, then the remaining entries one by one with the same rule:
/// - `reluForward`: u = z > 0 ? z : slope·z (slope 0 is relu, slope a is leaky-relu);
/// - `reluBackward`: d ← z > 0 ? d : slope·d (the matching derivative, relu′(0) = 0);
/// - `columnSums`: s_j = Σ_r D[r, j] for D: rows × units, summed in row order;
/// - `addRows`: Z[r, j] += b_j for every row r.
extension Double {
    static func reluForward(_ z: UnsafePointer<Double>, into u: UnsafeMutablePointer<Double>, count: Int, slope: Double) {
        if slope == 0 {  // measured: the plain loop auto-vectorises best here
            for i in 0..<count { u[i] = z[i] > 0 ? z[i] : 0 }
            return
        }
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(u + i).storeBytes(of: v.replacing(with: v * slope, where: v .<= 0), as: SIMD8<Double>.self)
            i += 8
        }
        while i < count {
            u[i] = z[i] > 0 ? z[i] : slope * z[i]
            i += 1
        }
    }

    static func reluBackward(_ d: UnsafeMutablePointer<Double>, z: UnsafePointer<Double>, count: Int, slope: Double) {
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD8<Double>.self)
            let g = UnsafeRawPointer(d + i).loadUnaligned(as: SIMD8<Double>.self)
            let masked = slope == 0 ? g.replacing(with: 0, where: v .<= 0) : g.replacing(with: g * slope, where: v .<= 0)
            UnsafeMutableRawPointer(d + i).storeBytes(of: masked, as: SIMD8<Double>.self)
            i += 8
        }
        while i < count {
            d[i] = z[i] > 0 ? d[i] : slope * d[i]
            i += 1
        }
    }

    static func addRows(_ b: UnsafePointer<Double>, to z: UnsafeMutablePointer<Double>, rows: Int, width: Int) {
        for r in 0..<rows {
            let row = z + r * width
            var j = 0
            while j + 8 <= width {
                let v = UnsafeRawPointer(row + j).loadUnaligned(as: SIMD8<Double>.self)
                    + UnsafeRawPointer(b + j).loadUnaligned(as: SIMD8<Double>.self)
                UnsafeMutableRawPointer(row + j).storeBytes(of: v, as: SIMD8<Double>.self)
                j += 8
            }
            while j < width {
                row[j] += b[j]
                j += 1
            }
        }
    }

    static func columnSums(_ d: UnsafePointer<Double>, rows: Int, units: Int, into s: UnsafeMutablePointer<Double>) {
        var j = 0
        while j + 8 <= units {
            var acc = SIMD8<Double>(repeating: 0)
            for r in 0..<rows { acc += UnsafeRawPointer(d + r * units + j).loadUnaligned(as: SIMD8<Double>.self) }
            UnsafeMutableRawPointer(s + j).storeBytes(of: acc, as: SIMD8<Double>.self)
            j += 8
        }
        while j < units {
            var acc: Double = 0
            for r in 0..<rows { acc += d[r * units + j] }
            s[j] = acc
            j += 1
        }
    }
}

extension Float {
    static func reluForward(_ z: UnsafePointer<Float>, into u: UnsafeMutablePointer<Float>, count: Int, slope: Float) {
        if slope == 0 {  // measured: the plain loop auto-vectorises best here
            for i in 0..<count { u[i] = z[i] > 0 ? z[i] : 0 }
            return
        }
        var i = 0
        while i + 16 <= count {
            let v = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD16<Float>.self)
            UnsafeMutableRawPointer(u + i).storeBytes(of: v.replacing(with: v * slope, where: v .<= 0), as: SIMD16<Float>.self)
            i += 16
        }
        while i < count {
            u[i] = z[i] > 0 ? z[i] : slope * z[i]
            i += 1
        }
    }

    static func reluBackward(_ d: UnsafeMutablePointer<Float>, z: UnsafePointer<Float>, count: Int, slope: Float) {
        var i = 0
        while i + 16 <= count {
            let v = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD16<Float>.self)
            let g = UnsafeRawPointer(d + i).loadUnaligned(as: SIMD16<Float>.self)
            let masked = slope == 0 ? g.replacing(with: 0, where: v .<= 0) : g.replacing(with: g * slope, where: v .<= 0)
            UnsafeMutableRawPointer(d + i).storeBytes(of: masked, as: SIMD16<Float>.self)
            i += 16
        }
        while i < count {
            d[i] = z[i] > 0 ? d[i] : slope * d[i]
            i += 1
        }
    }

    static func addRows(_ b: UnsafePointer<Float>, to z: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        for r in 0..<rows {
            let row = z + r * width
            var j = 0
            while j + 16 <= width {
                let v = UnsafeRawPointer(row + j).loadUnaligned(as: SIMD16<Float>.self)
                    + UnsafeRawPointer(b + j).loadUnaligned(as: SIMD16<Float>.self)
                UnsafeMutableRawPointer(row + j).storeBytes(of: v, as: SIMD16<Float>.self)
                j += 16
            }
            while j < width {
                row[j] += b[j]
                j += 1
            }
        }
    }

    static func columnSums(_ d: UnsafePointer<Float>, rows: Int, units: Int, into s: UnsafeMutablePointer<Float>) {
        var j = 0
        while j + 16 <= units {
            var acc = SIMD16<Float>(repeating: 0)
            for r in 0..<rows { acc += UnsafeRawPointer(d + r * units + j).loadUnaligned(as: SIMD16<Float>.self) }
            UnsafeMutableRawPointer(s + j).storeBytes(of: acc, as: SIMD16<Float>.self)
            j += 16
        }
        while j < units {
            var acc: Float = 0
            for r in 0..<rows { acc += d[r * units + j] }
            s[j] = acc
            j += 1
        }
    }
}
