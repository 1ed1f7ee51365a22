/// One batch's trip through the network and back, in the notes' notation (seeds 001 and 004): the forward
/// values z and u of every layer, the loss L, and for every layer the backward quantities ∂L/∂u, the error
/// term δ = ∂L/∂z, ∂L/∂W and ∂L/∂b — all from the trainer's own back-propagation code.
///
/// Contract: L is the mean over the batch (`Loss.reduction`); matrices have one row per point;
/// `layers[l]` belongs to `forward.layers[l]`, the output layer last.
public struct BackwardPass: Sendable {
    /// The backward quantities of one layer.
    public struct Layer: Sendable {
        /// ∂L/∂U_l (batch × units), the error arriving at the layer's outputs before g′ is applied. Nil for the
        /// output layer: the losses work on the logits z^O, so its error term is ∂L/∂z^O directly.
        public var outputGradient: Matrix?
        /// δ_l = ∂L/∂Z_l (batch × units).
        public var errorTerm: Matrix
        /// ∂L/∂W_l = δ_lᵀ·U_{l−1}, the shape of W_l (units × inputs).
        public var weightGradient: Matrix
        /// ∂L/∂b_l = Σ_rows δ_l; nil for a layer without bias.
        public var biasGradient: [Double]?
    }

    /// z and u of every layer (the output layer's u is ŷ = g_out(z^O)).
    public var forward: ForwardPass
    /// One target per row of the batch.
    public var targets: [Double]
    /// The mean loss L over the batch.
    public var loss: Double
    public var layers: [Layer]
    /// The same gradients in the trainer's form (zero bias gradient for a layer without bias).
    public var gradients: Gradients
}

extension Network {
    /// One step of gradient descent, θ ← θ − α·∂L/∂θ for every weight and bias (seeds 001 eq. (21)), taken by the
    /// engine's own `sgd` optimiser on the flat parameter vector — the update one full-batch epoch of training
    /// with `optimizer: sgd` makes. A layer without bias keeps b = 0. `gradients` must have this network's shapes.
    public func gradientStep(_ gradients: Gradients, learningRate: Double) -> Network {
        let layout = ParameterLayout(self)
        var parameters = layout.flatten(self)
        var flat: [Double] = []
        flat.reserveCapacity(layout.count)
        for (l, layer) in layers.enumerated() {
            flat += gradients.weights[l].storage
            flat += layer.hasBias ? gradients.biases[l] : [Double](repeating: 0, count: layer.units)
        }
        var optimizer = Optimizer(kind: .sgd, learningRate: learningRate, parameterCount: layout.count)
        optimizer.step(&parameters, gradient: flat)
        return layout.network(self, from: parameters)
    }
}
