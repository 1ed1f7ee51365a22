import Foundation

extension ModelDecoder {
    static let dataKeys = ["inputs", "targets", "testInputs", "testTargets", "generate", "csv", "target"]
    static let generateKeys = ["dataset", "count", "noise", "classes", "seed"]

    /// `data:` — inputs + targets, `generate:`, or `csv:`; checked against the network.
    func decodeData(_ field: ModelField, network: Network) throws(ModelFileError) -> Dataset {
        let map = try field.mapping(allowed: Self.dataKeys)
        let sources = ["inputs", "generate", "csv"].filter { map.has($0) }
        guard sources.count == 1 else {
            let found = sources.isEmpty ? "none" : sources.map { "`\($0)`" }.joined(separator: " and ")
            throw field.error(.badData, "expected exactly one of `inputs` (with `targets`), `generate` or `csv` "
                              + "but found \(found)")
        }
        if !network.isClassifier, network.outputCount != 1 {
            throw field.error(.badData, "targets hold one number per point, so a \(network.outputActivation.name) "
                              + "output layer must have 1 unit but it has \(network.outputCount)")
        }
        switch sources[0] {
        case "generate": return try decodeGenerated(try map.required("generate"), network: network)
        case "csv": return try decodeCSV(map, network: network)
        default: return try decodeExplicit(map, network: network)
        }
    }

    private func decodeExplicit(_ map: ModelMapping, network: Network) throws(ModelFileError) -> Dataset {
        let (inputs, targets) = try decodePair(map, "inputs", "targets", network: network, required: true)
        guard let inputs, let targets else { throw map.field.error(.badData, "expected `inputs` and `targets`") }
        let (testInputs, testTargets) = try decodePair(map, "testInputs", "testTargets", network: network,
                                                       required: false)
        return Dataset(inputs: inputs, targets: targets, testInputs: testInputs, testTargets: testTargets ?? [])
    }

    /// Points under `inputsKey` and their targets under `targetsKey`: same count, targets valid for the network.
    private func decodePair(_ map: ModelMapping, _ inputsKey: String, _ targetsKey: String, network: Network,
                            required: Bool) throws(ModelFileError) -> (Matrix?, [Double]?) {
        guard required || map.has(inputsKey) || map.has(targetsKey) else { return (nil, nil) }
        let inputsField = try map.required(inputsKey)
        let targetsField = try map.required(targetsKey, " (one target per point)")
        let points = try decodePoints(inputsField, dimension: network.inputCount)
        let items = try targetsField.list()
        guard !points.isEmpty else { throw inputsField.error(.badData, "has no points (expected at least one)") }
        guard items.count == points.count else {
            throw targetsField.error(.badData, "has \(items.count) entries but `\(inputsKey)` has \(points.count) points")
        }
        var targets: [Double] = []
        for item in items {
            let value = try item.boundedNumber()
            try checkTarget(value, network: network, blame: item, what: "is")
            targets.append(value)
        }
        return (Matrix(points), targets)
    }

    /// A list of points, each a list of `dimension` numbers (a bare number is a point when dimension is 1).
    func decodePoints(_ field: ModelField, dimension: Int) throws(ModelFileError) -> [[Double]] {
        var points: [[Double]] = []
        for item in try field.list() {
            if dimension == 1, case .scalar = item.node.value {
                points.append([try item.boundedNumber()])
                continue
            }
            let point = try item.boundedNumbers()
            guard point.count == dimension else {
                throw item.error(.wrongShape, "has \(point.count) coordinates but the network has \(dimension) inputs")
            }
            points.append(point)
        }
        return points
    }

    /// Classifiers take class indices 0 ..< classCount; regression targets may be any finite number.
    func checkTarget(_ value: Double, network: Network, blame: ModelField, what: String) throws(ModelFileError) {
        guard let classes = network.classCount else { return }
        guard value == value.rounded(), value >= 0, value < Double(classes) else {
            throw blame.error(.badData, "\(what) \(ModelNumber.text(value)) but the \(network.outputActivation.name) "
                              + "output has \(classes) classes (expected a class index 0–\(classes - 1))")
        }
    }

    private func decodeGenerated(_ field: ModelField, network: Network) throws(ModelFileError) -> Dataset {
        let map = try field.mapping(allowed: Self.generateKeys)
        let nameField = try map.required("dataset", " (one of \(Self.syntheticNames.joined(separator: ", ")))")
        let name = try nameField.string()
        guard Self.syntheticNames.contains(name) else {
            throw nameField.error(.invalidValue, "unknown data set `\(name)` (expected one of "
                                  + "\(Self.syntheticNames.joined(separator: ", ")))")
        }
        let count = try map.optional("count")?.integer(in: 1...ModelLimits.generatedPoints, "a point count") ?? 200
        if let countField = map.optional("count") {
            do { try budget.checkNumbers(count * 3, "\(count) generated points", per: 3, unitName: "points") } catch {
                throw countField.error(.invalidValue, error.message)
            }
        }
        let noise = try decodeNoise(map.optional("noise"))
        let classes = try map.optional("classes")?.integer(in: 1...1000, "a class count") ?? network.classCount ?? 2
        let seed = UInt64(try map.optional("seed")?.integer(in: 0...Int.max, "a seed") ?? 1)
        let data = try generate(name, count: count, noise: noise, classes: classes, seed: seed, field: field)
        guard data.inputs.columns == network.inputCount else {
            throw nameField.error(.wrongShape, "the \(name) data set has \(data.inputs.columns) inputs but the network "
                                  + "has \(network.inputCount)")
        }
        for value in Set(data.targets).sorted() {
            try checkTarget(value, network: network, blame: map.optional("classes") ?? field, what: "has a target")
        }
        return data
    }

    /// `generate.noise`: a standard deviation, 0 … `ModelLimits.noise` (default 0.1).
    private func decodeNoise(_ field: ModelField?) throws(ModelFileError) -> Double {
        guard let field else { return 0.1 }
        let noise = try field.number()
        guard noise >= 0, noise <= ModelLimits.noise else {
            throw field.error(.invalidValue, "expected a noise level (a standard deviation) from 0 to "
                              + "\(ModelNumber.text(ModelLimits.noise)) but found \(field.node.scalarText)")
        }
        return noise
    }

    private func decodeCSV(_ map: ModelMapping, network: Network) throws(ModelFileError) -> Dataset {
        let pathField = try map.required("csv")
        let relative = try pathField.string()
        let path = relative.hasPrefix("/") || baseDirectory == nil
            ? relative : URL(fileURLWithPath: baseDirectory ?? ".").appendingPathComponent(relative).path
        let target = try map.optional("target")?.string()
        let table = try CSVData.read(path: path, displayName: relative, budget: budget, blame: pathField)
        let data = try table.dataset(inputNames: network.inputNames, target: target, blame: pathField)
        for (row, value) in data.targets.enumerated() {
            try checkTarget(value, network: network, blame: pathField, what: "row \(row + 2) of \(relative) has target")
        }
        return data
    }
}
