import Foundation

/// A request to look at a network of any input dimension along a line or a plane through input points:
/// `line: {through: [p0, p1]}` / `plane: {through: [p0, p1, p2]}` in a model file, `--line` / `--plane` on the
/// command line. `Model.sliced()` turns it into a 1-D or 2-D model that every analysis and figure reads as is.
///
/// Contract: `points` has 2 (line) or 3 (plane) entries, each with one coordinate per network input;
/// `domain`, when given, is in slice coordinates (t for a line, (s, t) for a plane), one lo < hi per axis.
public struct InputSlice: Equatable, Sendable {
    /// A line (1-D slice) or a plane (2-D slice).
    public enum Kind: String, Equatable, Sendable {
        case line, plane

        /// The number of points that define the slice (2 or 3) and the number of slice coordinates (1 or 2).
        public var pointCount: Int { self == .line ? 2 : 3 }
        public var dimension: Int { self == .line ? 1 : 2 }
        /// The names of the slice coordinates, used as the sliced network's input names.
        public var coordinateNames: [String] { self == .line ? ["t"] : ["s", "t"] }
    }

    public var kind: Kind
    /// The defining points in input space: p0, p1 (, p2).
    public var points: [[Double]]
    /// The box in slice coordinates the figures show; nil = the default (see `SliceFrame.defaultDomain`).
    public var domain: [ClosedRange<Double>]?

    public init(kind: Kind, points: [[Double]], domain: [ClosedRange<Double>]? = nil) {
        self.kind = kind
        self.points = points
        self.domain = domain
    }
}

/// Why a slice cannot be built: one sentence without location (callers add the file or the flag).
public struct SliceError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The affine frame of a slice: x(c) = origin + Σ_k c_k · directions[k].
///
/// A plane's directions u, v are orthonormal (Gram–Schmidt on p1 − p0, p2 − p0), so lengths and angles in
/// (s, t) are true lengths and angles in input space. A line's one direction is p1 − p0 itself (not normalised),
/// so t = 0 at p0 and t = 1 at p1.
public struct SliceFrame: Equatable, Sendable {
    public let kind: InputSlice.Kind
    /// p0, in input space.
    public let origin: [Double]
    /// u (a line: p1 − p0), and for a plane v; each with one coordinate per input.
    public let directions: [[Double]]

    /// The frame of `slice`; throws when the points have the wrong count or dimension, are not finite, or are
    /// coincident (a line) or collinear (a plane).
    public init(_ slice: InputSlice, inputCount: Int) throws(SliceError) {
        let points = slice.points
        let name = slice.kind.rawValue
        guard points.count == slice.kind.pointCount else {
            throw SliceError("a \(name) needs \(slice.kind.pointCount) points but \(points.count) were given")
        }
        for (i, p) in points.enumerated() {
            guard p.count == inputCount else {
                throw SliceError("point p\(i) has \(p.count) coordinate(s) but the network has \(inputCount) input(s)")
            }
            guard p.allSatisfy(\.isFinite) else { throw SliceError("point p\(i) has a coordinate that is not finite") }
        }
        let a = Self.difference(points[1], points[0])
        let scale = points.flatMap { $0 }.map(abs).max() ?? 0
        let tolerance = 1e-12 * max(1, scale)
        guard Self.norm(a) > tolerance else { throw SliceError("p1 equals p0, so they do not define a \(name)") }
        kind = slice.kind
        origin = points[0]
        guard slice.kind == .plane else {
            directions = [a]
            return
        }
        let u = Self.scaled(a, 1 / Self.norm(a))
        let b = Self.difference(points[2], points[0])
        let w = Self.difference(b, Self.scaled(u, Self.dot(b, u)))
        guard Self.norm(w) > 1e-9 * max(Self.norm(b), tolerance) else {
            throw SliceError("the three points are collinear, so they do not define a plane")
        }
        directions = [u, Self.scaled(w, 1 / Self.norm(w))]
    }

    /// The input-space point at slice coordinates `c` (one per direction).
    public func inputPoint(_ c: [Double]) -> [Double] {
        var x = origin
        for (k, d) in directions.enumerated() {
            for i in x.indices { x[i] += c[k] * d[i] }
        }
        return x
    }

    /// The slice coordinates of the orthogonal projection of `x` onto the slice.
    public func coordinates(of x: [Double]) -> [Double] {
        let r = Self.difference(x, origin)
        if kind == .line { return [Self.dot(r, directions[0]) / Self.dot(directions[0], directions[0])] }
        return directions.map { Self.dot(r, $0) }
    }

    /// The Euclidean distance from `x` to the slice (0 for points on it).
    public func distance(of x: [Double]) -> Double {
        Self.norm(Self.difference(x, inputPoint(coordinates(of: x))))
    }

    /// The default box in slice coordinates: the box around the defining points' coordinates, widened by half
    /// its width on each side (a line: t ∈ [−0.5, 1.5]).
    public func defaultDomain(points: [[Double]]) -> [ClosedRange<Double>] {
        let coordinates = points.map { self.coordinates(of: $0) }
        return directions.indices.map { k in
            let values = coordinates.map { $0[k] }
            let lo = values.min() ?? 0, hi = values.max() ?? 1
            let pad = hi > lo ? 0.5 * (hi - lo) : 1
            return (lo - pad)...(hi + pad)
        }
    }

    static func difference(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 - $1 } }
    static func scaled(_ a: [Double], _ k: Double) -> [Double] { a.map { $0 * k } }
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
}
