extension ModelYAMLWriter {
    /// `plane: {through: [...]}` / `line: {through: [...]}`, with `domain` when the slice has one.
    mutating func slice(_ slice: InputSlice) {
        line("\(slice.kind.rawValue):")
        line("  through: [\(slice.points.map(Self.list).joined(separator: ", "))]")
        if let domain = slice.domain {
            line("  domain: [\(domain.map { Self.list([$0.lowerBound, $0.upperBound]) }.joined(separator: ", "))]")
        }
    }
}
