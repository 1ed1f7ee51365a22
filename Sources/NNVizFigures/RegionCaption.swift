import Foundation
import NNVizAnalysis
import NNVizEngine

/// What to look at in a 2-D region map, in words computed from the network and its regions: why the count
/// falls short of its bound (parallel lines, lines meeting outside the box, lines missing it) or that it
/// reaches it; for deeper nets, that deeper units bend along earlier ones.
enum RegionCaption {
    /// "h₁", "h₁ and h₂", "h₁, h₂ and h₃".
    static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "1 pattern", "3 patterns" (digits grouped).
    static func plural(_ n: Int, _ word: String) -> String { "\(LabelFormat.grouped(n)) \(word)\(n == 1 ? "" : "s")" }

    /// The sentence about this example's count.
    static func sentence(_ r: Regions2D, counts: RegionCounts, network net: Network) -> String {
        let bound = RegionBoundText.bound(net)
        let head = "Here \(plural(counts.count, "region")) of at most \(RegionBoundText.text(bound: bound))"
        guard net.layers.count == 2, let layer = net.hiddenLayers.first else {
            return head + ": each deeper unit switches along a bent line, straight inside each region of the layers before it."
        }
        let box = InputPlane(domain: r.domain, origin: .init(0, 0), size: 1).box
        let inBox = RegionLines.firstLayerLines(net, box: box)
        let name = { (j: Int) in Notation.unit(layer: 0, j, network: net) }
        var reasons: [String] = []
        let missing = (0..<layer.units).filter { j in !inBox.contains { $0.unit == j } }.map(name)
        if !missing.isEmpty {
            reasons.append("\(list(missing))\(missing.count == 1 ? "'s line misses" : "'s lines miss") the box")
        }
        var parallel: [String] = [], coincide: [String] = [], outside = 0, inside = 0
        for a in inBox.indices {
            for b in inBox.indices where b > a {
                let f = inBox[a].map, g = inBox[b].map
                let cross = f.a1 * g.a2 - f.a2 * g.a1
                if abs(cross) <= 1e-12 * max(1, hypot(f.a1, f.a2) * hypot(g.a1, g.a2)) {
                    let pair = "\(name(inBox[a].unit)) and \(name(inBox[b].unit))"
                    let same = abs(f.a1 * g.c - g.a1 * f.c) + abs(f.a2 * g.c - g.a2 * f.c) <= 1e-12 * max(1, abs(f.c) + abs(g.c)) * max(1, hypot(f.a1, f.a2) + hypot(g.a1, g.a2))
                    if same { coincide.append(pair) } else { parallel.append(pair) }
                    continue
                }
                let x = (f.a2 * g.c - g.a2 * f.c) / cross, y = (g.a1 * f.c - f.a1 * g.c) / cross
                let d = r.domain
                if x > d[0].lowerBound, x < d[0].upperBound, y > d[1].lowerBound, y < d[1].upperBound { inside += 1 } else { outside += 1 }
            }
        }
        if !parallel.isEmpty {
            reasons.append(parallel.count <= 2 ? "the lines of \(parallel.joined(separator: " and of ")) are parallel"
                                               : "\(parallel.count) pairs of lines are parallel")
        }
        if !coincide.isEmpty { reasons.append("the lines of \(coincide.joined(separator: " and of ")) coincide") }
        if outside > 0 { reasons.append("\(plural(outside, "pair")) of lines \(outside == 1 ? "meets" : "meet") outside the box") }
        if counts.count < 1 + inBox.count + inside && inside > 0 { reasons.append("some lines meet at one point") }
        if counts.count >= bound { return head + ": every pair of lines meets inside the box, the most \(inBox.count) lines can make." }
        return reasons.isEmpty ? head + "." : head + " because " + list(reasons) + "."
    }

    /// The 1-D counterpart: which units switch inside the domain, which share a joint, or that deeper units add joints.
    static func sentence1D(_ r: Regions1D, counts: RegionCounts, network net: Network) -> String {
        let bound = RegionBoundText.bound(net)
        let head = "Here \(plural(counts.count, "interval")) of at most \(RegionBoundText.text(bound: bound))"
        guard net.layers.count == 2, let layer = net.hiddenLayers.first else {
            return head + ": deeper units add joints wherever they switch on a piece of the layers before."
        }
        let name = { (j: Int) in Notation.unit(layer: 0, j, network: net) }
        let switching = Set(r.joints.filter { $0.layer == 0 }.map(\.unit))
        let silent = (0..<layer.units).filter { !switching.contains($0) }.map(name)
        let shared = JointMarks(network: net, regions: r).joints.map(\.names).filter { $0.contains(",") }
        var reasons: [String] = []
        if !silent.isEmpty { reasons.append("\(list(silent)) \(silent.count == 1 ? "does" : "do") not switch inside the domain") }
        if !shared.isEmpty { reasons.append("\(list(shared.map { $0.replacingOccurrences(of: ",", with: " and ") })) switch at the same x") }
        if reasons.isEmpty { return head + ": every unit switches once inside the domain, the most one hidden layer can make." }
        return head + " because " + list(reasons) + "."
    }

    /// "Neighbouring regions with the same output map merge into 2 linear pieces." when that happens.
    static func pieces(_ counts: RegionCounts) -> String {
        guard counts.linearPieces < counts.count else { return "" }
        return " Neighbouring regions with the same output merge into \(plural(counts.linearPieces, "linear piece"))."
    }
}
