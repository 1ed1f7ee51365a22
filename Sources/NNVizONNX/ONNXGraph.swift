/// The parts of an ONNX graph the chain reader needs: its constants (initialisers and Constant nodes), its
/// computing nodes in file order, its one input and one output.
struct ONNXGraph {
    var constants: [String: ONNXTensor] = [:]
    /// Every node except Constant nodes, in file order.
    var nodes: [Onnx_NodeProto] = []
    var inputName: String
    /// The number of features of the input (the product of its non-batch dimensions), when the file gives them.
    var inputWidth: Int?
    var outputName: String
    /// The version of the default operator set (`""` / `ai.onnx`), which sets some defaults (Softmax's axis).
    var opsetVersion: Int

    /// The operators a dense chain may use, as listed in messages.
    static let supported = "Gemm, MatMul followed by Add, Relu, LeakyRelu, Sigmoid, Tanh, Exp, Softmax (last), "
        + "Identity, Dropout, Cast, Flatten and Reshape to (batch, features)"
    static let operators: Set<String> = ["Gemm", "MatMul", "Add", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Exp", "Softmax",
                                         "Identity", "Dropout", "Cast", "Flatten", "Reshape"]

    init(_ model: Onnx_ModelProto) throws(ONNXError) {
        let graph = model.graph
        opsetVersion = Int(model.opsetImport.first { $0.domain.isEmpty || $0.domain == "ai.onnx" }?.version ?? 17)
        for tensor in graph.initializer { constants[tensor.name] = try ONNXTensor(tensor) }
        for node in graph.node {
            guard node.domain.isEmpty || node.domain == "ai.onnx" else {
                throw ONNXError("node \(Self.label(node)) is from the operator domain \"\(node.domain)\"; "
                                + "nnviz reads the standard operators \(Self.supported)")
            }
            if node.opType == "Constant" {
                guard let output = node.output.first else { continue }
                constants[output] = try Self.constantValue(node)
            } else {
                guard Self.operators.contains(node.opType) else {
                    throw ONNXError("node \(Self.label(node)) is not supported; nnviz reads dense chains of \(Self.supported)")
                }
                nodes.append(node)
            }
        }
        let known = constants
        let inputs = graph.input.filter { known[$0.name] == nil }
        guard inputs.count == 1, let input = inputs.first else {
            throw ONNXError("the graph has \(inputs.count) inputs (\(inputs.map(\.name).joined(separator: ", "))); "
                            + "nnviz reads a chain with exactly one input")
        }
        guard graph.output.count == 1, let output = graph.output.first else {
            throw ONNXError("the graph has \(graph.output.count) outputs; nnviz reads a chain with exactly one output")
        }
        inputName = input.name
        outputName = output.name
        inputWidth = Self.featureCount(input)
    }

    /// `"name" (Operator)`, the way messages name a node.
    static func label(_ node: Onnx_NodeProto) -> String {
        "\"\(node.name.isEmpty ? node.output.first ?? "?" : node.name)\" (\(node.opType))"
    }

    /// The product of the dimensions after the first (the batch), when all are given.
    private static func featureCount(_ value: Onnx_ValueInfoProto) -> Int? {
        let dims = value.type.tensorType.shape.dim
        guard dims.count >= 2 else { return nil }
        var product = 1
        for d in dims.dropFirst() {
            guard case .dimValue(let v)? = d.value, v > 0, v <= Int64(ONNXTensor.elementLimit) else { return nil }
            product *= Int(v)
            guard product <= ONNXTensor.elementLimit else { return nil }
        }
        return product
    }

    /// A Constant node's tensor: `value`, or `value_float(s)` / `value_int(s)`.
    private static func constantValue(_ node: Onnx_NodeProto) throws(ONNXError) -> ONNXTensor {
        let name = node.output.first ?? ""
        for a in node.attribute {
            switch a.name {
            case "value":
                let t = try ONNXTensor(a.t)
                return ONNXTensor(name: name, dims: t.dims, values: t.values)
            case "value_float": return ONNXTensor(name: name, dims: [], values: [Double(a.f)])
            case "value_floats": return ONNXTensor(name: name, dims: [a.floats.count], values: a.floats.map(Double.init))
            case "value_int": return ONNXTensor(name: name, dims: [], values: [Double(a.i)])
            case "value_ints": return ONNXTensor(name: name, dims: [a.ints.count], values: a.ints.map(Double.init))
            default: continue
            }
        }
        throw ONNXError("node \(label(node)) has no value nnviz reads (expected a float32, float64 or int64 tensor)")
    }
}

extension Onnx_NodeProto {
    /// The attribute called `name`, if present.
    func attribute(_ name: String) -> Onnx_AttributeProto? { attribute.first { $0.name == name } }
    func int(_ name: String, default value: Int64) -> Int64 { attribute(name)?.i ?? value }
    func float(_ name: String, default value: Float) -> Float { attribute(name)?.f ?? value }
}
