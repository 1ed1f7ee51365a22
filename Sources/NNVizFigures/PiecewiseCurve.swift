import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// A function of one input drawn exactly from its pieces: continuous runs as polylines, jumps with a closed
/// dot at the function's value at the jump and an open dot at the other one-sided limit (step: z ≥ 0 is on).
struct PiecewiseCurve {
    /// Continuous runs of (x, y).
    var runs: [[(Double, Double)]]
    /// Discontinuities: x, the limit from the left and from the right.
    var jumps: [(x: Double, left: Double, right: Double)]

    /// Joins `pieces` (in x order, each a polyline over one interval) where consecutive ends agree.
    init(pieces: [[(Double, Double)]]) {
        runs = []
        jumps = []
        for piece in pieces where !piece.isEmpty {
            if let last = runs.last?.last, let first = piece.first {
                let tol = 1e-9 * max(1, abs(last.1), abs(first.1))
                if abs(last.1 - first.1) <= tol {
                    runs[runs.count - 1] += piece.dropFirst()
                    continue
                }
                jumps.append((first.0, last.1, first.1))
            }
            runs.append(piece)
        }
    }

    /// The pieces of an affine-per-interval quantity: the value at both ends of each interval.
    init(intervals: [(lo: Double, hi: Double)], value: (Int, Double) -> Double) {
        self.init(pieces: intervals.enumerated().map { i, iv in [(iv.lo, value(i, iv.lo)), (iv.hi, value(i, iv.hi))] })
    }

    /// Polylines, then jump dots: closed at `valueAt(x)` (the true value at the jump), open at the other limit.
    /// The dots keep `info`'s data attributes (e.g. `data-unit`); their radius follows the stroke width.
    func nodes(_ axes: Axes, stroke: Stroke, theme: FigureTheme, info: NodeInfo = .none,
               valueAt: (Double) -> Double) -> [Node] {
        var nodes: [Node] = []
        for run in runs { nodes += axes.line(run, stroke: stroke, info: info) }
        let radius = max(stroke.width * 1.4, theme.stroke(2.5))
        for j in jumps {
            let v = valueAt(j.x)
            let closedIsLeft = abs(v - j.left) <= abs(v - j.right)
            let open = closedIsLeft ? j.right : j.left, closed = closedIsLeft ? j.left : j.right
            nodes.append(.path(PathNode(path: .circle(center: axes.point(j.x, open), radius: radius), fill: theme.background,
                                        stroke: Stroke(color: stroke.color, width: stroke.width * 0.6),
                                        info: NodeInfo(classes: ["open-dot"], data: info.data))))
            nodes.append(.path(PathNode(path: .circle(center: axes.point(j.x, closed), radius: radius), fill: stroke.color,
                                        info: NodeInfo(classes: ["closed-dot"], data: info.data))))
        }
        return nodes
    }

    /// The constant value of each flat run piece by piece: (lo, hi, value) for every segment whose ends agree.
    var flatPieces: [(lo: Double, hi: Double, value: Double)] {
        runs.flatMap { run in
            zip(run, run.dropFirst()).compactMap { a, b in
                abs(a.1 - b.1) <= 1e-12 * max(1, abs(a.1)) && b.0 > a.0 ? (a.0, b.0, a.1) : nil
            }
        }
    }

    /// All y values (for axis ranges).
    var values: [Double] { runs.flatMap { $0.map(\.1) } }
}

/// Every hidden unit's pre-activation z and activation u (and the output's) as exact functions of x: on
/// each interval of constant pattern every unit is affine, so two interior forward passes give its ends.
struct UnitFunctions1D {
    var intervals: [(lo: Double, hi: Double)]
    /// z[layer][unit][interval] = (value at lo, value at hi); likewise u.
    var z: [[[(Double, Double)]]]
    var u: [[[(Double, Double)]]]

    init(network: Network, regions: Regions1D) {
        let intervals = regions.intervals.map { (lo: $0.lo, hi: $0.hi) }
        self.intervals = intervals
        var xs: [[Double]] = []
        for iv in intervals {
            xs.append([iv.lo + 0.25 * (iv.hi - iv.lo)])
            xs.append([iv.lo + 0.75 * (iv.hi - iv.lo)])
        }
        let pass = network.forward(Matrix(xs))
        func ends(_ m: Matrix, _ unit: Int) -> [(Double, Double)] {
            intervals.enumerated().map { i, iv in
                let a = m[2 * i, unit], b = m[2 * i + 1, unit]
                let slope = (b - a) / (0.5 * (iv.hi - iv.lo))
                return (a - slope * 0.25 * (iv.hi - iv.lo), b + slope * 0.25 * (iv.hi - iv.lo))
            }
        }
        z = pass.layers.map { values in (0..<values.z.columns).map { ends(values.z, $0) } }
        u = pass.layers.map { values in (0..<values.u.columns).map { ends(values.u, $0) } }
    }

    /// The curve of one quantity (ends per interval), scaled by `scale` (the weighting step).
    func curve(_ ends: [(Double, Double)], scale: Double = 1) -> PiecewiseCurve {
        PiecewiseCurve(pieces: zip(intervals, ends).map { iv, e in [(iv.lo, e.0 * scale), (iv.hi, e.1 * scale)] })
    }
}

/// The network's output ŷ_k (after the output activation) as exact pieces over the 1-D regions: affine for
/// identity, sampled within each interval for sigmoid / softmax, split at z^O = 0 for a step output.
enum OutputCurve1D {
    static func curves(_ network: Network, _ r: Regions1D) -> [PiecewiseCurve] {
        let act = network.outputActivation
        return (0..<network.outputCount).map { k in
            PiecewiseCurve(pieces: r.intervals.flatMap { iv -> [[(Double, Double)]] in
                let logits = { (x: Double) in iv.outputSlope.indices.map { iv.outputSlope[$0] * x + iv.outputIntercept[$0] } }
                switch act {
                case .identity:
                    return [[(iv.lo, logits(iv.lo)[k]), (iv.hi, logits(iv.hi)[k])]]
                case .step:
                    let s = iv.outputSlope[k], c = iv.outputIntercept[k]
                    var cuts = [iv.lo, iv.hi]
                    if s != 0, -c / s > iv.lo, -c / s < iv.hi { cuts.insert(-c / s, at: 1) }
                    return zip(cuts, cuts.dropFirst()).map { a, b in
                        let v = act.apply(s * 0.5 * (a + b) + c)
                        return [(a, v), (b, v)]
                    }
                default:
                    let n = 32
                    return [(0...n).map { i in
                        let x = iv.lo + (iv.hi - iv.lo) * Double(i) / Double(n)
                        let z = logits(x)
                        return (x, act == .softmax ? Activation.softmax(z)[k] : act.apply(z[k]))
                    }]
                }
            })
        }
    }
}
