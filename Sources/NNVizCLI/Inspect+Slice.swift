import NNVizEngine

extension Inspect {
    /// The model whose regions and units `inspect --json` reports: the model itself, or with a `plane:` / `line:`
    /// slice the sliced model (its `domain` in slice coordinates).
    static func analysedModel(_ model: Model) throws(CLIError) -> Model {
        model.slice == nil ? model : try SlicedRender.slice(model)
    }

    /// `regions` with the slice first when `analysed` is a sliced model: `"plane": {"origin", "u", "v", "points"}` or
    /// `"line": {"origin", "direction", "points"}` (`points`: the defining points in slice coordinates).
    static func withSlice(_ regions: JSONValue?, of analysed: Model) -> JSONValue? {
        guard let view = analysed.sliceView, case .object(let members)? = regions else { return regions }
        return .object([.init(view.frame.kind.rawValue, sliceJSON(view))] + members)
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
