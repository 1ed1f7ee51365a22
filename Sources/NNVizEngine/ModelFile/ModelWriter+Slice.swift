extension ModelFile {
    /// `{through: [...], domain: [...]}` of a `plane:` / `line:` key (`domain` only when the slice has one).
    static func sliceDocument(_ slice: InputSlice) -> ModelDocument {
        var pairs: [(key: String, value: ModelDocument)] = [("through", .flow(slice.points.map(ModelDocument.numbers)))]
        if let domain = slice.domain {
            pairs.append(("domain", .flow(domain.map { .numbers([$0.lowerBound, $0.upperBound]) })))
        }
        return .mapping(pairs)
    }
}

extension ModelFile {
    /// A double-quoted string with JSON escapes: valid YAML and JSON (for text that builds model files, such as
    /// the settings NNVizONNX writes for a bare `.onnx` file).
    public static func jsonString(_ text: String) -> String { ModelYAMLText.quoted(text) }
}
