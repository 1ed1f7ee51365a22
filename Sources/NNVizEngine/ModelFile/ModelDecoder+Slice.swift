extension ModelDecoder {
    static let sliceKeys = ["through", "domain"]

    /// `plane: {through: [p0, p1, p2], domain?}` or `line: {through: [p0, p1], domain?}` (not both): the points
    /// have one coordinate per input; `domain` is in slice coordinates. The frame is built here so that
    /// coincident or collinear points are reported at their key path.
    func decodeSlice(_ top: ModelMapping, network: Network) throws(ModelFileError) -> InputSlice? {
        let plane = top.optional("plane"), line = top.optional("line")
        if plane != nil, let line { throw line.error(.invalidValue, "give either `plane` or `line`, not both") }
        guard let field = plane ?? line else { return nil }
        let kind: InputSlice.Kind = plane != nil ? .plane : .line
        let map = try field.mapping(allowed: Self.sliceKeys)
        let through = try map.required("through", " (the \(kind.pointCount) points the \(kind.rawValue) passes through)")
        let points = try decodePoints(through, dimension: network.inputCount)
        guard points.count == kind.pointCount else {
            throw through.error(.wrongShape, "has \(points.count) points but a \(kind.rawValue) passes through \(kind.pointCount)")
        }
        let domain = try map.optional("domain").map { f throws(ModelFileError) in
            try decodeDomain(f, inputCount: kind.dimension)
        }
        let slice = InputSlice(kind: kind, points: points, domain: domain)
        do {
            _ = try SliceFrame(slice, inputCount: network.inputCount)
        } catch {
            throw through.error(.invalidValue, error.message)
        }
        return slice
    }
}
