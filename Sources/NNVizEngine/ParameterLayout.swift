/// Where each layer's weights and biases live in one flat parameter vector: for layer l, W_l row by row
/// (units × inputs) and then b_l. The optimisers work on this vector; `network(from:)` reads it back.
/// A layer without bias keeps its (zero) bias slots, so offsets do not depend on `hasBias`; the backward pass
/// writes a zero gradient there and `network(from:)` ignores them, so no optimiser moves a bias that does not exist.
struct ParameterLayout: Sendable {
    struct Layer: Sendable {
        let inputs: Int
        let units: Int
        let activation: Activation
        let hasBias: Bool
        let weightOffset: Int
        let biasOffset: Int
    }

    let layers: [Layer]
    let count: Int

    init(_ network: Network) {
        var layers: [Layer] = []
        var offset = 0
        for layer in network.layers {
            let biasOffset = offset + layer.units * layer.inputs
            layers.append(Layer(inputs: layer.inputs, units: layer.units, activation: layer.activation,
                                hasBias: layer.hasBias, weightOffset: offset, biasOffset: biasOffset))
            offset = biasOffset + layer.units
        }
        self.layers = layers
        count = offset
    }

    /// The network's parameters as one vector in this layout.
    func flatten(_ network: Network) -> [Double] {
        var p: [Double] = []
        p.reserveCapacity(count)
        for layer in network.layers {
            p += layer.weights.storage
            p += layer.biases
        }
        return p
    }

    /// `template` with its weights and biases replaced by those in `p`.
    func network(_ template: Network, from p: [Double]) -> Network {
        var network = template
        for (l, layer) in layers.enumerated() {
            let w = Array(p[layer.weightOffset..<layer.biasOffset])
            network.layers[l].weights = Matrix(rows: layer.units, columns: layer.inputs, storage: w)
            guard layer.hasBias else { continue }
            network.layers[l].biases = Array(p[layer.biasOffset..<(layer.biasOffset + layer.units)])
        }
        return network
    }
}
