import NNVizEngine

/// Turns the split mesh into the flat `Regions2D` storage: polygons, areas, interiors, neighbours,
/// output maps, and the decision boundary.
struct RegionAssembler {
    let network: Network
    let splitter: RegionSplitter
    let domain: [ClosedRange<Double>]
    /// Above this many (parameters × regions) the output maps come from a least-squares plane through the
    /// exact vertex values instead of a forward pass per region (slivers still use the forward pass).
    static let exactMapBudget = 5_000_000
    var forceVertexFit = false

    init(network: Network, splitter: RegionSplitter, domain: [ClosedRange<Double>], forceVertexFit: Bool = false) {
        self.network = network
        self.splitter = splitter
        self.domain = domain
        self.forceVertexFit = forceVertexFit
    }

    func assemble() -> Regions2D {
        let g = FaceGeometry(splitter.mesh)
        let (words, maps) = patternsAndMaps(interiors: g.interiors)
        var result = Regions2D(
            domain: domain, vertices: g.vertices, polygonStart: g.start, polygonVertices: g.polygonVertices,
            patternBitCount: RegionEligibility.bitCount(network), wordsPerPattern: splitter.words,
            patternWords: words, outputCount: network.outputCount, outputMaps: maps, areas: g.areas,
            interiors: g.interiors, neighbourStart: g.neighbourStart, neighbourIndices: g.neighbours,
            unitBoundaries: [], decisionBoundary: [])
        let hasBoundary = network.isClassifier || (network.outputActivation == .identity && network.outputCount == 1)
        let shared = hasBoundary || splitter.stoppedAtStep ? sharedEdges(g.vertices) : []
        result.unitBoundaries = (splitter.boundaries + jumpBoundaries(result, shared))
            .sorted { ($0.layer, $0.unit) < ($1.layer, $1.unit) }
        if hasBoundary {
            result.decisionBoundary = DecisionBoundary2D.segments(result, network: network, shared: shared)
        }
        return result
    }

    /// Every inner edge with its two faces.
    func sharedEdges(_ vertices: [Point2]) -> [SharedEdge] {
        let mesh = splitter.mesh
        var shared: [SharedEdge] = []
        for e in 0..<mesh.edgePairCount where mesh.fac[2 * e] >= 0 && mesh.fac[2 * e + 1] >= 0 {
            shared.append(SharedEdge(f: mesh.face(2 * e), g: mesh.face(2 * e + 1),
                                     a: vertices[mesh.origin(2 * e)], b: vertices[mesh.origin(2 * e + 1)]))
        }
        return shared
    }

    /// After a step layer, deeper units are constant on each region and switch only across edges: their
    /// boundaries are the edges between regions whose bit differs.
    func jumpBoundaries(_ r: Regions2D, _ shared: [SharedEdge]) -> [UnitBoundary] {
        guard splitter.stoppedAtStep, splitter.decidedBits < r.patternBitCount else { return [] }
        var owner: [(layer: Int, unit: Int)] = []
        for (l, layer) in network.hiddenLayers.enumerated() where layer.activation.contributesPatternBits {
            for j in 0..<layer.units { owner.append((l, j)) }
        }
        var segments = [[Segment]](repeating: [], count: r.patternBitCount)
        for e in shared {
            for b in splitter.decidedBits..<r.patternBitCount where r.patternBit(e.f, b) != r.patternBit(e.g, b) {
                segments[b].append(Segment(e.a, e.b))
            }
        }
        return segments.indices.compactMap { b in
            segments[b].isEmpty ? nil : UnitBoundary(layer: owner[b].layer, unit: owner[b].unit, segments: segments[b])
        }
    }

    /// Pattern words (the mesh's bits, completed after a step layer) and the output maps of every face.
    func patternsAndMaps(interiors: [Point2]) -> ([UInt64], [Double]) {
        let faces = splitter.mesh.faceCount, outs = network.outputCount
        let bitCount = RegionEligibility.bitCount(network)
        var words = splitter.bits
        var maps = [Double](repeating: 0, count: faces * outs * 3)
        let exact = splitter.stoppedAtStep
            || (!forceVertexFit && network.parameterCount * faces <= Self.exactMapBudget)
        var local = FaceMapEvaluator(network: network)
        for f in 0..<faces where exact || !fitMap(f, into: &maps) {
            local.evaluate(interiors[f].x, interiors[f].y, into: &maps, at: f * outs * 3)
            for b in splitter.decidedBits..<bitCount where local.pattern[b] {
                words[f * splitter.words + b / 64] |= UInt64(1) << UInt64(b % 64)
            }
        }
        return (words, maps)
    }

    /// Least-squares plane through face f's vertex values of every output; false for slivers
    /// (ill-conditioned fits), which then take the forward pass.
    func fitMap(_ f: Int, into maps: inout [Double]) -> Bool {
        let mesh = splitter.mesh, values = splitter.values, outs = network.outputCount
        let start = Int(mesh.faceEdge[f])
        var cx = 0.0, cy = 0.0, count = 0.0, h = start
        repeat {
            cx += mesh.vx[mesh.origin(h)]; cy += mesh.vy[mesh.origin(h)]; count += 1
            h = mesh.next(h)
        } while h != start
        cx /= count; cy /= count
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        repeat {
            let dx = mesh.vx[mesh.origin(h)] - cx, dy = mesh.vy[mesh.origin(h)] - cy
            sxx += dx * dx; syy += dy * dy; sxy += dx * dy
            h = mesh.next(h)
        } while h != start
        let det = sxx * syy - sxy * sxy
        guard det > 1e-6 * (sxx + syy) * (sxx + syy) else { return false }
        for k in 0..<outs {
            var mean = 0.0, bx = 0.0, by = 0.0
            repeat {
                mean += values.value(mesh.origin(h), k)
                h = mesh.next(h)
            } while h != start
            mean /= count
            repeat {
                let v = mesh.origin(h), y = values.value(v, k) - mean
                bx += (mesh.vx[v] - cx) * y; by += (mesh.vy[v] - cy) * y
                h = mesh.next(h)
            } while h != start
            let a1 = (syy * bx - sxy * by) / det, a2 = (sxx * by - sxy * bx) / det
            maps[(f * outs + k) * 3] = a1
            maps[(f * outs + k) * 3 + 1] = a2
            maps[(f * outs + k) * 3 + 2] = mean - a1 * cx - a2 * cy
        }
        return true
    }
}

/// Polygons, areas, interior points and neighbour lists of every face, flat.
struct FaceGeometry {
    var vertices: [Point2] = []
    var start = [0]
    var polygonVertices: [Int32] = []
    var areas: [Double] = []
    var interiors: [Point2] = []
    var neighbourStart = [0]
    var neighbours: [Int32] = []

    init(_ mesh: RegionMesh) {
        vertices.reserveCapacity(mesh.vertexCount)
        for v in 0..<mesh.vertexCount { vertices.append(Point2(mesh.vx[v], mesh.vy[v])) }
        areas.reserveCapacity(mesh.faceCount)
        interiors.reserveCapacity(mesh.faceCount)
        var ring: [Int] = []
        for f in 0..<mesh.faceCount {
            let first = Int(mesh.faceEdge[f])
            var h = first, twice = 0.0, sum = Point2(0, 0), count = 0.0
            ring.removeAll(keepingCapacity: true)
            repeat {
                let a = vertices[mesh.origin(h)], b = vertices[mesh.origin(mesh.next(h))]
                polygonVertices.append(mesh.org[h])
                twice += a.x * b.y - a.y * b.x
                sum += a
                count += 1
                if mesh.fac[h ^ 1] >= 0 { ring.append(mesh.face(h ^ 1)) }
                h = mesh.next(h)
            } while h != first
            start.append(polygonVertices.count)
            areas.append(0.5 * twice)
            interiors.append(sum / count)
            ring.sort()
            var last = -1
            for g in ring where g != last {
                neighbours.append(Int32(g))
                last = g
            }
            neighbourStart.append(neighbours.count)
        }
    }
}
