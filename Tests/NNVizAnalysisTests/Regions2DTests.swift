import Foundation
import NNVizEngine
import Testing
@testable import NNVizAnalysis

struct Regions2DTests {
    static let box: [ClosedRange<Double>] = [-0.5...1.5, -0.5...1.5]

    @Test func xorHasThreeRegionsPatternsAndPieces() throws {
        // By hand: s = x1 + x2 crosses 0 and 1 inside the box: s < 0 (both off, output 0), 0 < s < 1
        // (unit 1 on, output s), s > 1 (both on, output 2 − s): three cells, three patterns, three maps.
        let r = try Regions2D.compute(network: TestNets.xor, domain: Self.box)
        let c = RegionCounts(r, network: TestNets.xor)
        #expect(c.count == 3 && c.patterns == 3 && c.linearPieces == 3)
        let patterns = Set(r.regions.map(\.pattern))
        #expect(patterns == [[false, false], [true, false], [true, true]])
        #expect(r.unitBoundaries.map { $0.segments.count } == [1, 1])
        let lengths = r.unitBoundaries.map { $0.segments.reduce(0) { $0 + $1.length } }
        #expect(abs(lengths[0] - 2.0.squareRoot()) < 1e-12 && abs(lengths[1] - 2 * 2.0.squareRoot()) < 1e-12)
        // Identity output z^O = 2 − s for s > 1 and ≥ 0 below: its zero set is s = 2, from (0.5, 1.5) to (1.5, 0.5).
        #expect(r.decisionBoundary.count == 1)
        let s = try #require(r.decisionBoundary.first)
        #expect(Set([s.a, s.b].map { [$0.x.rounded(toPlaces: 9), $0.y.rounded(toPlaces: 9)] }) == [[0.5, 1.5], [1.5, 0.5]])
    }

    @Test func problem3StepNetPredictsOneExactlyOnTheTriangle() throws {
        let net = TestNets.problem3
        let r = try Regions2D.compute(network: net, domain: Self.box)
        let ones = r.regions.filter { $0.outputMap[0].c >= 0 }
        #expect(ones.count == 1)
        let tri = try #require(ones.first)
        #expect(abs(tri.area - 0.5) < 1e-12)
        #expect(tri.outputMap[0] == AffineMap2(a1: 0, a2: 0, c: 0.5))
        let corners: [Point2] = [[0, 0], [1, 0], [0, 1]]
        #expect(tri.polygon.count == 3)
        for v in tri.polygon { #expect(corners.contains { ($0 - v).x.magnitude + ($0 - v).y.magnitude < 1e-12 }) }
        let length = r.decisionBoundary.reduce(0) { $0 + $1.length }
        #expect(abs(length - (2 + 2.0.squareRoot())) < 1e-12)
        // Independent truth: the step forward pass on a grid.
        for i in 0..<41 {
            for j in 0..<41 {
                let p = Point2(-0.5 + 2 * (Double(i) + 0.37) / 41, -0.5 + 2 * (Double(j) + 0.41) / 41)
                let y = net.predict([p.x, p.y])[0]
                let k = try #require(r.regionIndex(containing: p))
                #expect((r.outputMap(k, 0).c >= 0 ? 1.0 : 0.0) == y)
            }
        }
    }

    @Test(arguments: [3, 5, 8, 12])
    func shallowGeneralPositionNetHasZaslavskyRegions(units: Int) throws {
        let net = TestNets.shallowGeneralPosition(units: units, seed: UInt64(units))
        let r = try Regions2D.compute(network: net, domain: [-100...100, -100...100])
        let expected = 1 + units + units * (units - 1) / 2
        #expect(r.regionCount == expected)
        #expect(RegionBounds(network: net).zaslavsky == expected)
        #expect(RegionCounts(r, network: net).patterns == expected)
    }

    static let cases: [(String, Network, [ClosedRange<Double>])] = [
        ("relu shallow", TestNets.random(widths: [2, 10, 1], hidden: .relu, seed: 1), [-2...2, -2...2]),
        ("relu deep", TestNets.random(widths: [2, 8, 8, 8, 2], hidden: .relu, seed: 2), [-2...2, -1...3]),
        ("leaky deep", TestNets.random(widths: [2, 8, 6, 1], hidden: .leakyReLU(slope: 0.1), seed: 3), [-2...2, -2...2]),
        ("step deep", TestNets.random(widths: [2, 6, 4, 1], hidden: .step, output: .step, seed: 4), [-2...2, -2...2]),
        ("relu then step", {
            var net = TestNets.random(widths: [2, 7, 5, 3], hidden: .relu, output: .softmax, seed: 9)
            net.layers[1].activation = .step
            return net
        }(), [-2...2, -2...2]),
        ("identity then relu", Network(inputNames: ["a", "b"], layers: [
            DenseLayer(weights: [[1, 2], [-1, 0.5], [0.3, 0.3]], biases: [0, 1, -1], activation: .identity),
            DenseLayer(weights: [[1, 1, 0], [0, 1, -1], [2, -1, 1], [0.5, 0.5, 0.5]], biases: [0.1, 0, -0.2, 0.3],
                       activation: .relu),
            DenseLayer(weights: [[1, -1, 1, -1], [0, 1, 0, 1], [1, 1, 1, 1]], biases: [0, 0, 0], activation: .softmax),
        ]), [-2...2, -2...2]),
    ]

    @Test(arguments: 0..<cases.count)
    func regionsTileTheBoxAndMatchTheForwardPass(index: Int) throws {
        let (name, net, box) = Self.cases[index]
        let r = try Regions2D.compute(network: net, domain: box)
        let boxArea = (box[0].upperBound - box[0].lowerBound) * (box[1].upperBound - box[1].lowerBound)
        let total = r.areas.reduce(0, +)
        #expect(abs(total - boxArea) <= 1e-9 * boxArea, "\(name)")
        #expect(r.areas.allSatisfy { $0 > 0 }, "\(name)")
        var rng = SeededGenerator(seed: 9)
        for i in 0..<r.regionCount {
            let poly = r.polygon(of: i)
            #expect(SampledPatterns.pattern(net, [r.interiors[i].x, r.interiors[i].y]) == r.pattern(of: i), "\(name)")
            for _ in 0..<2 {
                // A random convex combination of the vertices is inside the region.
                let w = poly.map { _ in rng.nextUniform() + 0.01 }
                let s = w.reduce(0, +)
                let p = zip(poly, w).reduce(Point2(0, 0)) { $0 + ($1.1 / s) * $1.0 }
                let z = net.forward(Matrix([[p.x, p.y]])).outputLogits.row(0)
                for k in z.indices {
                    #expect(abs(r.outputMap(i, k)(p) - z[k]) <= 1e-9 * (1 + abs(z[k])), "\(name) region \(i)")
                }
            }
            for g in r.neighbours(of: i) { #expect(r.neighbours(of: Int(g)).contains(Int32(i)), "\(name)") }
        }
        let c = RegionCounts(r, network: net)
        #expect(c.count == c.patterns, "\(name): a pattern's cell is convex")
        #expect(c.linearPieces <= c.count)
    }

    @Test(arguments: 0..<cases.count)
    func denseSamplingFindsOnlyKnownPatternsInTheRightRegion(index: Int) throws {
        let (name, net, box) = Self.cases[index]
        let r = try Regions2D.compute(network: net, domain: box)
        let n = 80
        for i in 0..<n {
            for j in 0..<n {
                let p = Point2(box[0].lowerBound + (Double(i) + 0.5) / Double(n) * (box[0].upperBound - box[0].lowerBound),
                               box[1].lowerBound + (Double(j) + 0.5) / Double(n) * (box[1].upperBound - box[1].lowerBound))
                let k = try #require(r.regionIndex(containing: p), "\(name)")
                #expect(SampledPatterns.pattern(net, [p.x, p.y]) == r.pattern(of: k), "\(name) at \(p)")
            }
        }
    }

    @Test func vertexFitMapsAgreeWithExactMaps() throws {
        let net = TestNets.random(widths: [2, 12, 12, 2], hidden: .relu, seed: 21)
        var splitter = RegionSplitter(network: net, box: -2...2, -2...2, limit: 100_000)
        try splitter.run(net)
        let exact = RegionAssembler(network: net, splitter: splitter, domain: [-2...2, -2...2]).assemble()
        let fitted = RegionAssembler(network: net, splitter: splitter, domain: [-2...2, -2...2],
                                     forceVertexFit: true).assemble()
        for i in 0..<exact.regionCount {
            for k in 0..<2 {
                let a = exact.outputMap(i, k), b = fitted.outputMap(i, k)
                let diff: Double = abs(a.a1 - b.a1) + abs(a.a2 - b.a2) + abs(a.c - b.c)
                let tol: Double = 1e-7 * (1 + abs(a.c))
                #expect(diff <= tol)
            }
        }
    }

    @Test func stopsAtTheRegionLimit() {
        let net = TestNets.random(widths: [2, 30, 30, 1], hidden: .relu, seed: 5)
        #expect(throws: RegionError.self) { try Regions2D.compute(network: net, domain: [-3...3, -3...3], limit: 50) }
        let s = SampledPatterns(network: net, domain: [-3...3, -3...3], columns: 50, rows: 50)
        #expect(s.isSampled && s.distinctPatterns > 50 && s.ids.count == 2500)
    }

    @Test func sigmoidBoundaryIsTheZeroSetOfTheLogit() throws {
        let net = TestNets.random(widths: [2, 8, 1], hidden: .relu, output: .sigmoid, seed: 8)
        let r = try Regions2D.compute(network: net, domain: [-2...2, -2...2])
        #expect(!r.decisionBoundary.isEmpty)
        for s in r.decisionBoundary {
            for t in [0.0, 0.3, 1.0] {
                let p = s.a + t * (s.b - s.a)
                #expect(abs(net.forward(Matrix([[p.x, p.y]])).outputLogits[0, 0]) < 1e-9)
            }
        }
    }

    @Test func softmaxBoundarySeparatesDifferentArgmax() throws {
        let (_, net, box) = Self.cases[5]
        let r = try Regions2D.compute(network: net, domain: box)
        #expect(!r.decisionBoundary.isEmpty)
        for s in r.decisionBoundary {
            let p = 0.5 * (s.a + s.b)
            let z = net.forward(Matrix([[p.x, p.y]])).outputLogits.row(0).sorted(by: >)
            #expect(abs(z[0] - z[1]) < 1e-9, "the two largest logits tie on the boundary")
        }
    }
}

struct DecisionBoundarySideTests {
    /// The predicted class differs on the two sides of every decision segment (forward pass, independent).
    @Test(arguments: [3, 4, 5])
    func classesDifferAcrossEverySegment(index: Int) throws {
        let (name, net, box) = Regions2DTests.cases[index]
        let r = try Regions2D.compute(network: net, domain: box)
        #expect(!r.decisionBoundary.isEmpty, "\(name)")
        for s in r.decisionBoundary where s.length > 1e-6 {
            let mid = 0.5 * (s.a + s.b), d = (s.b - s.a) / s.length
            let normal = Point2(-d.y, d.x) * 1e-7
            let c1 = net.predictedClass(output: net.predict([mid.x + normal.x, mid.y + normal.y]))
            let c2 = net.predictedClass(output: net.predict([mid.x - normal.x, mid.y - normal.y]))
            #expect(c1 != c2, "\(name) at \(mid)")
        }
    }
}

extension DecisionBoundarySideTests {
    static func crosses(_ s: Segment, _ p: Point2, _ q: Point2) -> Bool {
        func orient(_ a: Point2, _ b: Point2, _ c: Point2) -> Double {
            (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
        }
        return orient(s.a, s.b, p) * orient(s.a, s.b, q) <= 0 && orient(p, q, s.a) * orient(p, q, s.b) <= 0
    }

    /// Wherever two nearby grid points have different classes, a decision segment lies between them.
    @Test(arguments: [3, 4, 5])
    func everyClassChangeOnAGridCrossesTheBoundary(index: Int) throws {
        let (name, net, box) = Regions2DTests.cases[index]
        let r = try Regions2D.compute(network: net, domain: box)
        let n = 50
        func point(_ i: Int, _ j: Int) -> Point2 {
            Point2(box[0].lowerBound + (Double(i) + 0.31) / Double(n) * (box[0].upperBound - box[0].lowerBound),
                   box[1].lowerBound + (Double(j) + 0.47) / Double(n) * (box[1].upperBound - box[1].lowerBound))
        }
        func cls(_ p: Point2) -> Int? { net.predictedClass(output: net.predict([p.x, p.y])) }
        var changes = 0
        for i in 0..<(n - 1) {
            for j in 0..<n {
                let p = point(i, j), q = point(i + 1, j)
                guard cls(p) != cls(q) else { continue }
                changes += 1
                #expect(r.decisionBoundary.contains { Self.crosses($0, p, q) }, "\(name) between \(p) and \(q)")
            }
        }
        #expect(changes > 0, "\(name)")
    }
}

extension Double {
    func rounded(toPlaces p: Int) -> Double {
        let f = pow(10.0, Double(p))
        return (self * f).rounded() / f
    }
}
