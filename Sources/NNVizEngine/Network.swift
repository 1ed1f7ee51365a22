/// A feed-forward network of dense layers: hidden layers first, the output layer last.
///
/// Contract: `layers[0].inputs == inputNames.count`; `layers[l].inputs == layers[l-1].units`;
/// hidden activations satisfy `allowedInHiddenLayer`, the last layer's `allowedAsOutput`.
/// `init` checks these with preconditions; user input is checked earlier, by `ModelFile`, with messages.
public struct Network: Equatable, Sendable {
    public var name: String
    public var inputNames: [String]
    public var layers: [DenseLayer]

    public init(name: String = "network", inputNames: [String], layers: [DenseLayer]) {
        precondition(!layers.isEmpty, "a network needs at least an output layer")
        precondition(layers[0].inputs == inputNames.count, "first layer does not match the inputs")
        for l in 1..<layers.count {
            precondition(layers[l].inputs == layers[l - 1].units, "layer \(l) does not match layer \(l - 1)")
        }
        self.name = name
        self.inputNames = inputNames
        self.layers = layers
    }

    public var inputCount: Int { inputNames.count }
    public var outputCount: Int { layers[layers.count - 1].units }
    public var hiddenLayers: ArraySlice<DenseLayer> { layers.dropLast() }
    public var outputLayer: DenseLayer { layers[layers.count - 1] }
    public var outputActivation: Activation { outputLayer.activation }
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// True when every hidden activation is piecewise linear (the condition for exact regions).
    public var hasPiecewiseLinearHiddenUnits: Bool { hiddenLayers.allSatisfy { $0.activation.isPiecewiseLinear } }

    /// A classifier predicts a class: sigmoid / step output with one unit (classes 0, 1) or softmax.
    public var isClassifier: Bool {
        switch outputActivation {
        case .sigmoid, .step, .softmax: true
        default: false
        }
    }

    /// The number of classes a classifier predicts (2 for a single sigmoid/step unit), nil for regression.
    public var classCount: Int? {
        guard isClassifier else { return nil }
        return outputCount == 1 ? 2 : outputCount
    }
}
