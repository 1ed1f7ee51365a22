/// A layer as the file gives it: weights and biases, or only a unit count (initialised from the seed).
struct LayerSpec {
    var activation: Activation
    var units: Int
    var inputs: Int
    /// nil when the file gave only `units` (the layer is initialised by `Initializer`).
    var weights: Matrix?
    var biases: [Double]?
    /// False for `bias: false`: z = W·a, no `biases` key.
    var hasBias = true

    /// The layer: as given, or drawn from `rng` (layers are drawn in file order from one generator).
    func build(rng: inout SeededGenerator, field: ModelField) throws(ModelFileError) -> DenseLayer {
        if let weights, !hasBias { return DenseLayer(weights: weights, activation: activation) }
        if let weights, let biases { return DenseLayer(weights: weights, biases: biases, activation: activation) }
        let drawn = try ModelDecoder.initialLayer(inputs: inputs, units: units, activation: activation, rng: &rng,
                                                  field: field)
        return hasBias ? drawn : DenseLayer(weights: drawn.weights, activation: activation)
    }
}

extension ModelDecoder {
    static let layerKeys = ["activation", "weights", "biases", "bias", "units", "slope"]
    /// The most weights one layer may have (keeps a typo such as `units: 100000` from exhausting memory).
    static let maximumLayerWeights = ModelLimits.layerWeights

    func decodeLayers(_ field: ModelField, inputCount: Int) throws(ModelFileError) -> [LayerSpec] {
        let items = try field.list()
        guard !items.isEmpty else {
            throw field.error(.invalidValue, "expected at least one layer (the output layer)")
        }
        var specs: [LayerSpec] = []
        for (index, item) in items.enumerated() {
            let previous = index == 0 ? "there \(inputCount == 1 ? "is 1 input" : "are \(inputCount) inputs")"
                : "layer \(index - 1) has \(specs[index - 1].units) units"
            let inputs = index == 0 ? inputCount : specs[index - 1].units
            let spec = try decodeLayer(item, inputs: inputs, previous: previous, isOutput: index == items.count - 1)
            guard spec.units * spec.inputs <= Self.maximumLayerWeights else {
                throw item.error(.invalidValue, "has \(spec.units) × \(spec.inputs) weights, more than nnviz's limit of "
                                 + "\(Self.maximumLayerWeights) per layer (nnviz is for small networks)")
            }
            specs.append(spec)
        }
        let total = specs.reduce(0) { $0 + MemoryBudget.saturating($1.units, $1.inputs + 1) }
        do { try budget.checkNumbers(total, "the \(specs.count) layers' weights and biases") } catch {
            throw field.error(.invalidValue, error.message)
        }
        return specs
    }

    private func decodeLayer(_ field: ModelField, inputs: Int, previous: String,
                             isOutput: Bool) throws(ModelFileError) -> LayerSpec {
        let map = try field.mapping(allowed: Self.layerKeys)
        let activation = try decodeActivation(map, isOutput: isOutput)
        let hasBias = try decodeHasBias(map)
        var spec = try decodeLayerWeights(map, field: field, activation: activation, inputs: inputs, previous: previous,
                                          hasBias: hasBias)
        spec.hasBias = hasBias
        return spec
    }

    /// `bias: false` (z = W·a, and then no `biases`) or `bias: true` (the default).
    private func decodeHasBias(_ map: ModelMapping) throws(ModelFileError) -> Bool {
        guard let field = map.optional("bias") else { return true }
        let text = try field.string()
        guard text == "true" || text == "false" else {
            throw field.error(.wrongType, "expected true or false but found `\(text)`")
        }
        if text == "false", let biases = map.optional("biases") {
            throw biases.error(.invalidValue, "a layer with `bias: false` has no biases; remove `biases` or `bias: false`")
        }
        return text == "true"
    }

    private func decodeLayerWeights(_ map: ModelMapping, field: ModelField, activation: Activation, inputs: Int,
                                    previous: String, hasBias: Bool) throws(ModelFileError) -> LayerSpec {
        let unitsField = map.optional("units")
        guard let weightsField = map.optional("weights") else {
            if let biases = map.optional("biases") {
                throw biases.error(.missingKey, "biases are given without `weights`; give both, or only `units` "
                                   + "to initialise the layer from the training seed")
            }
            guard let unitsField else {
                throw field.error(.missingKey, "a layer needs `weights` and `biases`, or `units` to be initialised "
                                  + "from the training seed")
            }
            let units = try unitsField.integer(in: 1...ModelLimits.units, "a unit count")
            if activation == .softmax, units < 2 {
                throw unitsField.error(.wrongShape, "a softmax output needs at least 2 units but has \(units)")
            }
            return LayerSpec(activation: activation, units: units, inputs: inputs, weights: nil, biases: nil)
        }
        let weights = try decodeWeights(weightsField, inputs: inputs, previous: previous)
        if let unitsField, try unitsField.integer() != weights.rows {
            throw unitsField.error(.wrongShape, "says \(unitsField.node.scalarText) units but `weights` has "
                                   + "\(weights.rows) rows")
        }
        if activation == .softmax, weights.rows < 2 {
            throw weightsField.error(.wrongShape, "a softmax output needs at least 2 units but has \(weights.rows)")
        }
        guard hasBias else {
            return LayerSpec(activation: activation, units: weights.rows, inputs: inputs, weights: weights, biases: nil)
        }
        let biasesField = try map.required("biases", " (one bias per unit, or `bias: false` for none)")
        let biases = try biasesField.numbers()
        guard biases.count == weights.rows else {
            throw biasesField.error(.wrongShape, "has \(biases.count) entries but `weights` has \(weights.rows) rows "
                                    + "(one bias per unit)")
        }
        return LayerSpec(activation: activation, units: weights.rows, inputs: inputs, weights: weights, biases: biases)
    }

    /// units × inputs: a list of rows, every row as long as the previous layer is wide.
    private func decodeWeights(_ field: ModelField, inputs: Int, previous: String) throws(ModelFileError) -> Matrix {
        let rows = try field.list()
        guard !rows.isEmpty else { throw field.error(.wrongShape, "expected at least one row (one row per unit)") }
        var storage: [Double] = []
        for row in rows {
            guard case .sequence = row.node.value else {
                throw row.error(.wrongType, "expected a row (a list of \(inputs) numbers, one per input of the layer) "
                                + "but found \(row.node.kindName); write units × inputs, e.g. [[1], [1]] for 2 units on 1 input")
            }
            let values = try row.numbers()
            guard values.count == inputs else {
                throw row.error(.wrongShape, "has \(values.count) columns but \(previous)")
            }
            storage += values
        }
        return Matrix(rows: rows.count, columns: inputs, storage: storage)
    }

    private func decodeActivation(_ map: ModelMapping, isOutput: Bool) throws(ModelFileError) -> Activation {
        let field = try map.required("activation", " (one of \(Activation.hiddenNames.joined(separator: ", "))"
                                     + " or, on the output, \(Activation.outputNames.joined(separator: ", ")))")
        let name = try field.string()
        var slope = Activation.defaultLeakySlope
        if let slopeField = map.optional("slope") {
            guard name == "leaky-relu" else {
                throw slopeField.error(.invalidValue, "`slope` applies to leaky-relu only, not to \(name)")
            }
            slope = try slopeField.number()
        }
        let hidden = Activation.hiddenNames.joined(separator: ", ")
        let output = Activation.outputNames.joined(separator: ", ")
        guard let activation = Activation(name: name, slope: slope) else {
            let valid = isOutput ? output : hidden
            throw field.error(.unknownActivation, "unknown activation `\(name)` (expected one of \(valid))")
        }
        if !isOutput, !activation.allowedInHiddenLayer {
            throw field.error(.unknownActivation, "softmax is allowed on the output layer only; a hidden layer takes "
                              + "one of \(hidden)")
        }
        if isOutput, !activation.allowedAsOutput {
            throw field.error(.unknownActivation, "`\(name)` is not allowed on the output layer (expected one of "
                              + "\(output))")
        }
        return activation
    }
}
