import NNVizEngine

extension Inspect {
    /// The `regions` object for `inspect --json`: of the model itself, or, with a `plane:` / `line:` slice, of the
    /// sliced model (its `domain` then in slice coordinates) with the slice first: `"plane": {"origin", "u", "v",
    /// "points"}` or `"line": {"origin", "direction", "points"}` (`points`: the defining points in slice coordinates).
    static func sliceAwareRegionsJSON(for model: Model) throws(CLIError) -> JSONValue? {
        guard let kind = model.slice?.kind else { return regionsJSON(for: model) }
        let sliced = try SlicedRender.slice(model)
        guard let view = sliced.sliceView, case .object(let members)? = regionsJSON(for: sliced) else { return nil }
        return .object([.init(kind.rawValue, sliceJSON(view))] + members)
    }

    static func sliceJSON(_ view: SliceView) -> JSONValue {
        let frame = view.frame
        var members: [JSONValue.Member] = [.init("origin", .numbers(frame.origin))]
        if frame.kind == .plane {
            members.append(.init("u", .numbers(frame.directions[0])))
            members.append(.init("v", .numbers(frame.directions[1])))
        } else {
            members.append(.init("direction", .numbers(frame.directions[0])))
        }
        members.append(.init("points", .array(view.pointCoordinates.map(JSONValue.numbers))))
        return .object(members)
    }

    /// The summary lines of a slice: the frame and the box the figures show in slice coordinates.
    static func sliceText(_ model: Model) throws(CLIError) -> String {
        guard let slice = model.slice else { return "" }
        let sliced = try SlicedRender.slice(model)
        guard let frame = sliced.sliceView?.frame else { return "" }
        let vector = { (v: [Double]) in "(" + v.map { ModelNumber.text($0) }.joined(separator: ", ") + ")" }
        var out = "\n\(slice.kind.rawValue) through \(slice.points.map(vector).joined(separator: ", ")):\n"
        out += "  x = p0 + " + (frame.kind == .plane ? "s·u + t·v" : "t·(p1 − p0)") + ", p0 = \(vector(frame.origin))\n"
        if frame.kind == .plane {
            out += "  u = \(vector(frame.directions[0]))\n  v = \(vector(frame.directions[1]))\n"
        }
        let box = zip(frame.kind.coordinateNames, sliced.domain).map {
            "\($0) ∈ [\(ModelNumber.text($1.lowerBound)), \(ModelNumber.text($1.upperBound))]"
        }
        return out + "  figures show \(box.joined(separator: ", "))\n"
    }
}
