import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `steps`: the "four steps" of a 1-D network (seed 003, after Prince, *Understanding Deep Learning* ch. 3) in the
/// notes' notation (seed 001): 1. each hidden unit's pre-activation zᴴⱼ = Wᴴⱼx + bᴴⱼ, 2. its activation
/// uᴴⱼ = g_act(zᴴⱼ), 3. weighted by its output weight, Wᴼⱼuᴴⱼ, 4. the sum zᴼ = bᴼ + Σⱼ Wᴼⱼuᴴⱼ (and 5. ŷ = g_out(zᴼ)
/// when the output map is not the identity), with the joints dashed and named, the intervals shaded by pattern
/// and the pattern strip under the sum. One row per unit up to `maxRows` units, one small multiple per unit
/// beyond. Deep nets: `StepsDeep`. Only output 1 is drawn for several outputs, and the title says so.
enum StepsFigure {
    static let maxRows = 6

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network
        guard net.inputCount == 1 else {
            return .skipped(reason: "the four-steps panels need a 1-D input; this model has \(net.inputCount) inputs.")
        }
        let regions: Regions1D
        switch context.current.regions {
        case .oneD(let r): regions = r
        case .unavailable(let reason): return .skipped(reason: reason)
        default: return .skipped(reason: "the four-steps panels need a 1-D input.")
        }
        if net.hiddenLayers.count != 1 { return StepsDeep.build(regions, context) }
        return buildShallow(regions, context)
    }

    static func buildShallow(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let hidden = net.layers[0]
        let marks = JointMarks(network: net, regions: r)
        let rows = StepsRows(network: net, functions: UnitFunctions1D(network: net, regions: r), marks: marks, output: 0)
        let many = hidden.units > maxRows
        let zO = Notation.outputLogit(0, network: net), identity = net.outputActivation == .identity
        let bO = LabelFormat.short(net.outputLayer.biases[0]), one = net.outputCount == 1
        let weights = one ? "Wᴼⱼ" : "Wᴼ₁,ⱼ", bias = one ? "bᴼ" : "bᴼ₁", yHat = one ? "ŷ" : "ŷ₁"
        let sumTitle = "4. sum: \(zO) = \(bias) + Σⱼ \(weights)uᴴⱼ, \(bias) = \(bO)" + (identity ? "; \(yHat) = \(zO)" : "")
        let outputTitle = "5. output: ŷ\(net.outputCount == 1 ? "" : "₁") = \(net.outputActivation.name)(\(zO))"
        let sums = StepsSum.panels(r, context, marks: marks, output: 0, sumTitle: sumTitle, outputTitle: outputTitle)
        let title = TextPanel(text: heading(net), role: .title)
        let root = VStack([title, many ? rows.multiples() : rows.grid()] + sums)
        let joints = marks.joints.map { "\($0.names) at x = \(LabelFormat.short($0.x))" }.joined(separator: ", ")
        let alt = "The four steps of \(context.model.name) over x: each hidden unit's pre-activation line, its activation, " +
            "its weighted activation, and their sum" + (identity ? "" : " with the output ŷ") +
            (joints.isEmpty ? "." : "; joints: \(joints).")
        let scene = FigureCanvas.scene(root, theme: theme, title: "The four steps of \(context.model.name)", description: alt)
        return .figure(Figure(name: .steps, scene: scene, caption: caption(r, net: net, marks: marks, units: context.current.units), altText: alt))
    }

    /// "The four steps, 2 hidden step units" (+ "output ŷ₁ of 3 shown" for several outputs).
    static func heading(_ net: Network) -> String {
        let units = net.layers[0].units
        return "The four steps: \(units) hidden \(net.layers[0].activation.name) unit" + (units == 1 ? "" : "s") + outputNote(net)
    }

    /// "" for one output, else which output is drawn.
    static func outputNote(_ net: Network) -> String {
        net.outputCount == 1 ? "" : " (output ŷ₁ of \(net.outputCount) shown)"
    }

    /// What to look at in this example: the joints, the pieces of zᴼ (their values for a step net, the
    /// number of pieces and slopes otherwise) and, for a step output, where ŷ = 1.
    static func caption(_ r: Regions1D, net: Network, marks: JointMarks, units: UnitActivityReport? = nil) -> String {
        let x = Notation.input(0, names: net.inputNames)
        let joints = marks.joints.map { "\($0.names) switches at \(x) = \(LabelFormat.short($0.x))" }
        var text: String
        if joints.isEmpty {
            text = "No hidden unit switches inside the domain, so zᴼ is one line."
        } else if joints.count > maxRows, let first = marks.joints.first, let last = marks.joints.last {
            text = "The \(joints.count) joints (dashed) lie between \(x) = \(LabelFormat.short(first.x)) and \(x) = \(LabelFormat.short(last.x))."
        } else {
            text = (joints.count == 1 ? joints[0] : joints.dropLast().joined(separator: ", ") + " and " + joints[joints.count - 1]) + "."
        }
        let pieces = pieceTexts(r, net: net, x: x)
        if r.intervals.allSatisfy({ $0.outputSlope[0] == 0 }) {
            text += " The weighted steps add up to a constant on each interval: zᴼ = " + pieces.joined(separator: ", ") + "."
        } else {
            text += " Each switching unit adds a bend at its joint, so zᴼ has \(RegionsFigure.plural(r.intervals.count, "linear piece")); " +
                "their slopes are written under the sum."
        }
        if net.outputActivation == .step {
            let on = r.intervals.filter { $0.outputIntercept[0] >= 0 && $0.outputSlope[0] == 0 }
            if !on.isEmpty, on.count < r.intervals.count {
                text += " ŷ = step(zᴼ) is 1 where zᴼ ≥ 0: on " + on.map { interval($0, r, net: net, x: x) }.joined(separator: " and ") + "."
            }
        }
        return text + idleUnits(units, net: net) + (net.outputCount > 1 ? " Only output ŷ₁ is drawn; steps 3 and 4 use its weights." : "")
    }

    /// " h₅ is off on the whole domain, so it adds nothing; h₇ is on everywhere, so it adds a line and no joint."
    static func idleUnits(_ units: UnitActivityReport?, net: Network) -> String {
        guard let units else { return "" }
        func names(_ a: UnitActivity) -> [String] {
            units.entries.filter { $0.activity == a && $0.layer == 0 }.map { Notation.unit(layer: 0, $0.unit, network: net) }
        }
        func list(_ n: [String]) -> String { n.count == 1 ? n[0] : n.dropLast().joined(separator: ", ") + " and " + n[n.count - 1] }
        var parts: [String] = []
        let dead = names(.dead), on = names(.alwaysOn)
        if !dead.isEmpty { parts.append("\(list(dead)) \(dead.count == 1 ? "is" : "are") off on the whole domain, so \(dead.count == 1 ? "it adds" : "they add") nothing") }
        if !on.isEmpty { parts.append("\(list(on)) \(on.count == 1 ? "is" : "are") on everywhere, so \(on.count == 1 ? "it adds a line" : "they add lines") and no joint") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: "; ") + "."
    }

    /// "0.5 on x < 1", "−0.5 on 1 ≤ x < 3", … for the flat pieces of zᴼ (step nets).
    static func pieceTexts(_ r: Regions1D, net: Network, x: String) -> [String] {
        r.intervals.map { "\(LabelFormat.short($0.outputIntercept[0])) on \(interval($0, r, net: net, x: x))" }
    }

    /// "x < 1", "1 ≤ x < 3", "x ≥ 3": half-open as the step convention makes them when every first-layer weight
    /// is positive (a unit switches on at z = 0 and stays on to the right); "1 < x < 3" otherwise.
    static func interval(_ iv: Regions1D.Interval, _ r: Regions1D, net: Network, x: String) -> String {
        let lo = LabelFormat.short(iv.lo), hi = LabelFormat.short(iv.hi)
        let atStart = iv.lo <= r.domain.lowerBound, atEnd = iv.hi >= r.domain.upperBound
        let halfOpen = net.layers[0].activation == .step && (0..<net.layers[0].units).allSatisfy { net.layers[0].weights[$0, 0] > 0 }
        switch (atStart, atEnd) {
        case (true, true): return "the whole domain"
        case (true, false): return "\(x) < \(hi)"
        case (false, true): return "\(x) \(halfOpen ? "≥" : ">") \(lo)"
        default: return "\(lo) \(halfOpen ? "≤" : "<") \(x) < \(hi)"
        }
    }

    /// "x − 2", "−x + 1", "0.5x": a line w·x + b written the way a teacher would.
    static func linear(_ w: Double, _ b: Double, x: String = "x") -> String {
        let slope = w == 1 ? x : w == -1 ? "−" + x : "\(LabelFormat.short(w))" + x
        if b == 0 { return slope }
        return slope + (b < 0 ? " − " : " + ") + LabelFormat.short(abs(b))
    }
}
