/// A network as a Python file that builds the same network in PyTorch: an `nn.Sequential` of `nn.Linear`
/// layers and activations with the weights written out in full (float64, every digit kept), ready to run.
///
/// Contract: `build_model()` in the file returns a float64 `nn.Sequential` whose forward pass on a
/// (batch, inputs) float64 tensor equals `Network.forward` up to rounding. Step and exp units become small
/// `Step` (z ≥ 0 ⇒ 1) and `Exp` modules; a layer without bias is `nn.Linear(…, bias=False)`. Deterministic: same network ⇒ same text.
public enum PyTorchScript {
    public static func text(for network: Network) -> String {
        var out = """
            # \(network.name), exported by nnviz: a PyTorch nn.Sequential with the weights.
            # Layer l computes z = W·a + b (W is units × inputs, as nn.Linear stores it), then its activation.
            # Inputs: \(network.inputNames.joined(separator: ", ")).
            import torch
            from torch import nn


            """
        if network.layers.contains(where: { $0.activation == .exp }) {
            out += """
                class Exp(nn.Module):
                    \"\"\"exp(z), element-wise.\"\"\"

                    def forward(self, z):
                        return torch.exp(z)


                """
        }
        if network.layers.contains(where: { $0.activation == .step }) {
            out += """
                class Step(nn.Module):
                    \"\"\"step(z) = 1 for z >= 0, else 0.\"\"\"

                    def forward(self, z):
                        return (z >= 0).to(z.dtype)


                """
        }
        out += "def build_model():\n    model = nn.Sequential(\n"
        var linearIndices: [Int] = []
        var index = 0
        for layer in network.layers {
            out += "        nn.Linear(\(layer.inputs), \(layer.units)\(layer.hasBias ? "" : ", bias=False")),\n"
            linearIndices.append(index)
            index += 1
            if let module = module(layer.activation) {
                out += "        \(module),\n"
                index += 1
            }
        }
        out += "    ).double()\n    with torch.no_grad():\n"
        for (layer, i) in zip(network.layers, linearIndices) {
            let rows = layer.weights.rowArrays.map(list).joined(separator: ", ")
            out += "        model[\(i)].weight.copy_(torch.tensor([\(rows)], dtype=torch.float64))\n"
            if layer.hasBias {
                out += "        model[\(i)].bias.copy_(torch.tensor(\(list(layer.biases)), dtype=torch.float64))\n"
            }
        }
        out += """
                return model.eval()


            if __name__ == "__main__":
                model = build_model()
                x = torch.zeros(1, \(network.inputCount), dtype=torch.float64)
                with torch.no_grad():
                    print(model(x))

            """
        return out
    }

    /// The PyTorch module of an activation (nil for identity).
    static func module(_ activation: Activation) -> String? {
        switch activation {
        case .identity: nil
        case .relu: "nn.ReLU()"
        case .leakyReLU(let slope): "nn.LeakyReLU(\(ModelNumber.exact(slope)))"
        case .sigmoid: "nn.Sigmoid()"
        case .tanh: "nn.Tanh()"
        case .softmax: "nn.Softmax(dim=-1)"
        case .step: "Step()"
        case .exp: "Exp()"
        }
    }

    static func list(_ values: [Double]) -> String {
        "[" + values.map(ModelNumber.exact).joined(separator: ", ") + "]"
    }
}
