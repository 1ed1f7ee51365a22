/// ∂L/∂θ for every layer of a network, in the layers' own shapes.
///
/// Contract: `weights[l]` is units × inputs of layer l (the shape of `layers[l].weights`), `biases[l]` has
/// `units` entries; L is the batch loss with the reduction of `Loss` (mean over the batch).
public struct Gradients: Equatable, Sendable {
    public var weights: [Matrix]
    public var biases: [[Double]]

    public init(weights: [Matrix], biases: [[Double]]) {
        self.weights = weights
        self.biases = biases
    }
}

extension Network {
    /// Throws unless the network can be trained with `loss`: no layer may use step units
    /// (`.stepUnitsNotTrainable`, checked first) and the loss must fit the output (`Loss.validate`).
    public func checkTrainable(loss: LossKind) throws(TrainingError) {
        if let l = layers.firstIndex(where: { $0.activation == .step }) { throw .stepUnitsNotTrainable(layer: l) }
        try Loss.validate(loss, output: outputActivation, outputUnits: outputCount)
    }

    /// The mean loss over the batch (inputs: batch × inputCount, one target per row), by the plain
    /// `forward(_:)` and `Loss.value` — independent of the back-propagation code.
    public func loss(inputs: Matrix, targets: [Double], loss: LossKind) throws(TrainingError) -> Double {
        try checkBatch(inputs: inputs, targets: targets, loss: loss)
        return Loss.value(loss, logits: forward(inputs).outputLogits, targets: targets, output: outputActivation)
    }

    /// The mean loss and its gradient with respect to every weight and bias, by back-propagation vectorised
    /// over the batch (the same code the trainer runs). Throws for step units or an incompatible loss.
    /// A layer without bias gets a zero bias gradient.
    public func lossAndGradients(inputs: Matrix, targets: [Double],
                                 loss: LossKind) throws(TrainingError) -> (loss: Double, gradients: Gradients) {
        let result = try backwardPass(inputs: inputs, targets: targets, loss: loss)
        return (result.loss, result.gradients)
    }

    /// The error terms δ_l = ∂L/∂Z_l the backward pass sends through each layer (L the mean loss over the
    /// batch): one batch × units(l) matrix per layer, the output layer's last. For the computation-graph
    /// figure and the worked back-propagation tables. Same refusals as `lossAndGradients`.
    public func errorTerms(inputs: Matrix, targets: [Double], loss: LossKind) throws(TrainingError) -> [Matrix] {
        try backwardPass(inputs: inputs, targets: targets, loss: loss).layers.map(\.errorTerm)
    }

    /// Every quantity of one forward and backward pass over the batch (`BackwardPass`), computed by the
    /// trainer's own back-propagation code. Same refusals as `lossAndGradients`.
    public func backwardPass(inputs: Matrix, targets: [Double], loss: LossKind) throws(TrainingError) -> BackwardPass {
        try checkTrainable(loss: loss)
        try checkBatch(inputs: inputs, targets: targets, loss: loss)
        let layout = ParameterLayout(self)
        let workspace = BackpropWorkspace<Double>(layout: layout, capacity: inputs.rows, keepsOutputGradients: true)
        let p = layout.flatten(self)
        var g = [Double](repeating: 0, count: layout.count)
        var value = 0.0
        p.withUnsafeBufferPointer { pb in
            inputs.storage.withUnsafeBufferPointer { xb in
                targets.withUnsafeBufferPointer { tb in
                    g.withUnsafeMutableBufferPointer { gb in
                        guard let pp = pb.baseAddress, let xp = xb.baseAddress, let tp = tb.baseAddress,
                              let gp = gb.baseAddress else { return }
                        value = workspace.run(pp, input: xp, targets: tp, rows: inputs.rows, loss: loss, gradient: gp)
                    }
                }
            }
        }
        let shaped = layout.network(self, from: g)
        let gradients = Gradients(weights: shaped.layers.map(\.weights), biases: shaped.layers.map(\.biases))
        let deltas = workspace.errorTerms(rows: inputs.rows)
        let upstream = workspace.outputGradients(rows: inputs.rows)
        let steps = layers.indices.map { l in
            BackwardPass.Layer(
                outputGradient: l < upstream.count ? Matrix(rows: inputs.rows, columns: layers[l].units, storage: upstream[l]) : nil,
                errorTerm: Matrix(rows: inputs.rows, columns: layers[l].units, storage: deltas[l]),
                weightGradient: gradients.weights[l], biasGradient: layers[l].hasBias ? gradients.biases[l] : nil)
        }
        return BackwardPass(forward: forward(inputs), targets: targets, loss: value, layers: steps, gradients: gradients)
    }

    /// Throws for an empty batch, a wrong input count, a target count other than the number of points, an
    /// incompatible loss or an invalid target. The back-propagation buffers are sized by `inputs.rows` and read
    /// one target per row, so this check is what keeps them inside `targets`.
    func checkBatch(inputs: Matrix, targets: [Double], loss: LossKind) throws(TrainingError) {
        guard inputs.rows > 0 else { throw .noData }
        guard targets.count == inputs.rows else {
            throw .targetCountMismatch(points: inputs.rows, targets: targets.count)
        }
        guard inputs.columns == inputCount else { throw .inputMismatch(expected: inputCount, got: inputs.columns) }
        try Loss.validate(loss, output: outputActivation, outputUnits: outputCount)
        try Loss.validateTargets(targets, loss: loss, outputUnits: outputCount)
    }
}
