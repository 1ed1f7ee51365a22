/// A node of the model file together with its key path: typed accessors that throw `ModelFileError`s
/// naming the file, the line and the path.
struct ModelField {
    let node: ModelNode
    /// The key path, e.g. `layers[1].weights[0]`.
    let path: String
    /// The file name used in messages.
    let file: String

    var line: Int? { node.line }

    func error(_ kind: ModelFileError.Kind, _ message: String) -> ModelFileError {
        ModelFileError(file: file, line: line, keyPath: path, kind: kind, message: message)
    }

    func wrongType(_ expected: String) -> ModelFileError {
        error(.wrongType, "expected \(expected) but found \(node.kindName)")
    }

    /// A mapping whose keys must all be in `allowed` (a key outside it is reported as a likely typo).
    func mapping(allowed: [String]) throws(ModelFileError) -> ModelMapping {
        guard case .mapping(let pairs) = node.value else { throw wrongType("a mapping") }
        for pair in pairs where !allowed.contains(pair.key) {
            throw child(pair.key, pair.value).error(
                .unknownKey, "unknown key `\(pair.key)` (expected one of \(allowed.joined(separator: ", ")))")
        }
        return ModelMapping(field: self, pairs: pairs)
    }

    /// The elements of a list, each with its indexed path.
    func list() throws(ModelFileError) -> [ModelField] {
        guard case .sequence(let items) = node.value else { throw wrongType("a list") }
        return items.enumerated().map { ModelField(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// A finite number (`.nan`, `.inf` and overflowing literals are refused).
    func number() throws(ModelFileError) -> Double {
        guard case .scalar(let text, let quoted) = node.value, !quoted,
              let value = ModelNode.number(fromPlain: text) else { throw wrongType("a number") }
        guard value.isFinite else { throw error(.nonFinite, "expected a finite number but found `\(text)`") }
        return value
    }

    /// A finite number of magnitude at most `ModelLimits.magnitude` (domain bounds, data coordinates, targets).
    func boundedNumber() throws(ModelFileError) -> Double {
        let value = try number()
        guard abs(value) <= ModelLimits.magnitude else {
            throw error(.invalidValue, "\(node.scalarText) is beyond ±\(ModelLimits.magnitudeText), the largest magnitude "
                        + "nnviz's exact arithmetic handles (rescale the inputs)")
        }
        return value
    }

    /// A list of numbers, each within ±`ModelLimits.magnitude`.
    func boundedNumbers() throws(ModelFileError) -> [Double] {
        try numbers(limit: ModelLimits.magnitude)
    }

    /// A list of finite numbers of magnitude at most `limit`. Fast path: the elements are read straight from
    /// the tree; a field with its indexed path is built only for an element that is refused.
    private func numbers(limit: Double) throws(ModelFileError) -> [Double] {
        guard case .sequence(let items) = node.value else { throw wrongType("a list") }
        var result: [Double] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if case .scalar(let text, quoted: false) = item.value, let value = ModelNode.number(fromPlain: text),
               value.isFinite, abs(value) <= limit {
                result.append(value)
                continue
            }
            let field = ModelField(node: item, path: "\(path)[\(index)]", file: file)
            result.append(limit.isFinite ? try field.boundedNumber() : try field.number())
        }
        return result
    }

    /// A whole number (written without a fractional part, or with `.0`).
    func integer() throws(ModelFileError) -> Int {
        let value = try number()
        guard value == value.rounded(), abs(value) < 1e15 else { throw wrongType("a whole number") }
        return Int(value)
    }

    /// A whole number within `range`.
    func integer(in range: ClosedRange<Int>, _ meaning: String) throws(ModelFileError) -> Int {
        let value = try integer()
        guard range.contains(value) else {
            let upper = range.upperBound == Int.max ? "" : " and at most \(range.upperBound)"
            throw error(.invalidValue, "expected \(meaning) of at least \(range.lowerBound)\(upper) but found \(value)")
        }
        return value
    }

    /// Text (a quoted or plain scalar).
    func string() throws(ModelFileError) -> String {
        guard case .scalar(let text, _) = node.value else { throw wrongType("text") }
        return text
    }

    /// A list of finite numbers.
    func numbers() throws(ModelFileError) -> [Double] {
        try numbers(limit: .infinity)
    }

    func child(_ key: String, _ node: ModelNode) -> ModelField {
        ModelField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }
}

/// The keys of one mapping, looked up by name.
struct ModelMapping {
    let field: ModelField
    let pairs: [(key: String, value: ModelNode)]

    /// The value of `key`, or nil when the key is absent or its value is null.
    func optional(_ key: String) -> ModelField? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        if case .null = pair.value.value { return nil }
        return field.child(key, pair.value)
    }

    /// The value of `key`; a missing key is reported at the mapping's line with the key's full path.
    func required(_ key: String, _ hint: String = "") throws(ModelFileError) -> ModelField {
        if let value = optional(key) { return value }
        let path = field.path.isEmpty ? key : "\(field.path).\(key)"
        let where_ = field.path.isEmpty ? "the file" : "`\(field.path)`"
        throw ModelFileError(file: field.file, line: field.line, keyPath: path, kind: .missingKey,
                             message: "the required key `\(key)` is missing from \(where_)\(hint)")
    }

    func has(_ key: String) -> Bool { optional(key) != nil }
}
