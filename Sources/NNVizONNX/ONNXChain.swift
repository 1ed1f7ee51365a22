import NNVizEngine

/// Walks an ONNX graph from its input to its output and folds the nodes into dense layers z = W·a + b, u = g(z).
///
/// A Gemm or MatMul starts a layer (W, and Gemm's bias), Adds of constants add to its bias, and the next
/// activation closes it (a second Gemm / MatMul first closes the open layer with the identity). Identity,
/// Dropout (inference), Cast to float32/float64, Flatten (axis 1) and Reshape to (batch, features) change
/// nothing for a chain of vectors. Anything else, a branch, or a node off the chain is refused.
struct ONNXChain {
    private let graph: ONNXGraph
    private(set) var layers: [DenseLayer] = []
    /// The node that set each layer's activation (or the node that opened it), for messages.
    private(set) var activationNodes: [String] = []
    /// The layer being read: `hasBias` once a Gemm's C or an Add gave it a bias (else z = W·a).
    private var open: (weights: Matrix, biases: [Double], hasBias: Bool, node: Onnx_NodeProto)?
    /// The number of features flowing along the chain, once known.
    private var width: Int?

    init(_ graph: ONNXGraph) throws(ONNXError) {
        self.graph = graph
        width = graph.inputWidth
        try walk()
    }

    private mutating func walk() throws(ONNXError) {
        var consumers: [String: [Int]] = [:]
        for (i, node) in graph.nodes.enumerated() {
            for input in node.input where !input.isEmpty && graph.constants[input] == nil && consumers[input]?.last != i {
                consumers[input, default: []].append(i)
            }
        }
        var visited = Set<Int>()
        var current = graph.inputName
        while let users = consumers[current], !users.isEmpty {
            guard users.count == 1, let index = users.first else {
                let names = users.map { ONNXGraph.label(graph.nodes[$0]) }.joined(separator: ", ")
                throw ONNXError("the value \"\(current)\" feeds \(users.count) nodes (\(names)); nnviz reads a chain, where every value feeds one node")
            }
            let node = graph.nodes[index]
            let computed = node.input.filter { !$0.isEmpty && graph.constants[$0] == nil }
            guard computed == [current], node.input.first == current else {
                throw ONNXError("node \(ONNXGraph.label(node)) combines the computed values \(computed); nnviz reads a chain, where each node takes the previous node's output as its first input")
            }
            guard visited.insert(index).inserted, let output = node.output.first else { break }
            try apply(node)
            current = output
        }
        if let stray = graph.nodes.indices.first(where: { !visited.contains($0) }) {
            throw ONNXError("node \(ONNXGraph.label(graph.nodes[stray])) is not on the chain from the input \"\(graph.inputName)\" to the output \"\(graph.outputName)\"")
        }
        guard current == graph.outputName else {
            throw ONNXError("the chain from the input \"\(graph.inputName)\" ends at \"\(current)\", not at the output \"\(graph.outputName)\"")
        }
        close(with: .identity, node: open?.node)
        guard !layers.isEmpty else { throw ONNXError("the graph has no Gemm or MatMul, so it has no dense layer to read") }
    }

    private mutating func apply(_ node: Onnx_NodeProto) throws(ONNXError) {
        switch node.opType {
        case "Gemm": try gemm(node)
        case "MatMul": try matMul(node)
        case "Add": try add(node)
        case "Relu": try activate(.relu, node)
        case "LeakyRelu":
            let alpha = Double(node.float("alpha", default: 0.01))
            guard alpha.isFinite else { throw ONNXError("node \(ONNXGraph.label(node)) has a slope alpha that is not finite") }
            try activate(.leakyReLU(slope: alpha), node)
        case "Sigmoid": try activate(.sigmoid, node)
        case "Tanh": try activate(.tanh, node)
        case "Exp": try activate(.exp, node)
        case "Softmax":
            let axis = node.int("axis", default: graph.opsetVersion >= 13 ? -1 : 1)
            guard axis == -1 || axis == 1 else {
                throw ONNXError("node \(ONNXGraph.label(node)) takes the softmax over axis \(axis); nnviz takes it over the features (axis 1 or -1)")
            }
            try activate(.softmax, node)
        case "Cast":
            let to = node.int("to", default: 0)
            guard to == 1 || to == 11 else {
                throw ONNXError("node \(ONNXGraph.label(node)) casts to element type \(to); nnviz reads Cast to float32 (1) or float64 (11) only")
            }
        case "Flatten":
            guard node.int("axis", default: 1) == 1 else {
                throw ONNXError("node \(ONNXGraph.label(node)) flattens from axis \(node.int("axis", default: 1)); nnviz reads Flatten with axis 1 (batch, features)")
            }
        case "Reshape": try reshape(node)
        case "Identity", "Dropout": break  // the identity at inference
        default:
            // `ONNXGraph` refuses other operators first; never let one pass through as the identity.
            throw ONNXError("node \(ONNXGraph.label(node)) uses \(node.opType), which nnviz does not read; "
                            + "a dense chain may use \(ONNXGraph.supported)")
        }
    }

    /// Y = alpha · A · op(B) + beta · C, with op(B) = Bᵀ when transB = 1: W = alpha · op(B)ᵀ, b = beta · C.
    private mutating func gemm(_ node: Onnx_NodeProto) throws(ONNXError) {
        guard node.int("transA", default: 0) == 0 else {
            throw ONNXError("node \(ONNXGraph.label(node)) has transA = 1, which transposes the batch; nnviz reads Gemm with transA = 0")
        }
        let b = try constantMatrix(node, at: 1)
        let transB = node.int("transB", default: 0) != 0
        let alpha = Double(node.float("alpha", default: 1)), beta = Double(node.float("beta", default: 1))
        let units = transB ? b.rows : b.columns, inputs = transB ? b.columns : b.rows
        var w = Matrix(rows: units, columns: inputs)
        for j in 0..<units { for k in 0..<inputs { w[j, k] = alpha * (transB ? b[j, k] : b[k, j]) } }
        try startLayer(w, node)
        if node.input.count > 2, !node.input[2].isEmpty { try addBias(node, name: node.input[2], scale: beta) }
    }

    /// Y = A · B: W = Bᵀ, no bias yet (the following Add gives it).
    private mutating func matMul(_ node: Onnx_NodeProto) throws(ONNXError) {
        try startLayer(try constantMatrix(node, at: 1).transposed, node)
    }

    private mutating func add(_ node: Onnx_NodeProto) throws(ONNXError) {
        guard open != nil else {
            throw ONNXError("node \(ONNXGraph.label(node)) adds a constant without a Gemm or MatMul before it; nnviz layers are z = W·a + b followed by one activation")
        }
        guard let name = node.input.first(where: { graph.constants[$0] != nil }) else {
            throw ONNXError("node \(ONNXGraph.label(node)) adds no constant")
        }
        try addBias(node, name: name, scale: 1)
    }

    private mutating func activate(_ activation: Activation, _ node: Onnx_NodeProto) throws(ONNXError) {
        guard open != nil else {
            throw ONNXError("node \(ONNXGraph.label(node)) does not follow a Gemm or MatMul; nnviz layers are z = W·a + b followed by one activation")
        }
        close(with: activation, node: node)
    }

    /// Reshape to (batch, features): the shape constant has two entries and keeps the features together.
    private mutating func reshape(_ node: Onnx_NodeProto) throws(ONNXError) {
        guard node.input.count > 1, let shape = graph.constants[node.input[1]] else {
            throw ONNXError("node \(ONNXGraph.label(node)) takes its shape from a computed value; nnviz reads Reshape with a constant shape")
        }
        let target = shape.values
        let fitsWidth = target.count == 2 && (target[1] == -1 || width == nil || target[1] == Double(width ?? 0))
        guard fitsWidth else {
            let shown = target.map { abs($0) < 1e15 ? String(Int64($0)) : "\($0)" }.joined(separator: ", ")
            throw ONNXError("node \(ONNXGraph.label(node)) reshapes to [\(shown)]; nnviz reads Reshape to (batch, features) only")
        }
        if width == nil, target[1] > 0 { width = Int(target[1]) }
    }

    private func constantMatrix(_ node: Onnx_NodeProto, at index: Int) throws(ONNXError) -> Matrix {
        guard node.input.count > index, let t = graph.constants[node.input[index]] else {
            throw ONNXError("node \(ONNXGraph.label(node)) has no weight input; nnviz reads weights from initialisers or Constant nodes")
        }
        guard let shape = t.matrixShape, shape.rows > 0, shape.columns > 0 else {
            throw ONNXError("node \(ONNXGraph.label(node)) has weights \"\(t.name)\" of shape \(t.dims); expected a matrix")
        }
        guard t.values.allSatisfy(\.isFinite) else { throw ONNXError("tensor \"\(t.name)\" has a value that is not finite") }
        return Matrix(rows: shape.rows, columns: shape.columns, storage: t.values)
    }

    private mutating func startLayer(_ w: Matrix, _ node: Onnx_NodeProto) throws(ONNXError) {
        guard w.isFinite else { throw ONNXError("node \(ONNXGraph.label(node)) scales its weights to values that are not finite") }
        if let width, width != w.columns {
            throw ONNXError("node \(ONNXGraph.label(node)) expects \(w.columns) features but receives \(width)")
        }
        close(with: .identity, node: open?.node)
        open = (w, Array(repeating: 0, count: w.rows), false, node)
        width = w.rows
    }

    /// Adds scale · C to the open layer's bias; C has one value per unit or one value for all.
    private mutating func addBias(_ node: Onnx_NodeProto, name: String, scale: Double) throws(ONNXError) {
        guard var layer = open, let c = graph.constants[name] else { return }
        let units = layer.biases.count
        guard c.values.count == units || c.values.count == 1 else {
            throw ONNXError("node \(ONNXGraph.label(node)) adds \"\(name)\" of shape \(c.dims) to \(units) units; expected \(units) values or one")
        }
        guard c.values.allSatisfy(\.isFinite) else { throw ONNXError("tensor \"\(name)\" has a value that is not finite") }
        for j in 0..<units { layer.biases[j] += scale * c.values[c.values.count == 1 ? 0 : j] }
        layer.hasBias = true
        guard layer.biases.allSatisfy(\.isFinite) else {
            throw ONNXError("node \(ONNXGraph.label(node)) makes biases that are not finite")
        }
        open = layer
    }

    private mutating func close(with activation: Activation, node: Onnx_NodeProto?) {
        guard let layer = open else { return }
        layers.append(layer.hasBias ? DenseLayer(weights: layer.weights, biases: layer.biases, activation: activation)
                                    : DenseLayer(weights: layer.weights, activation: activation))
        activationNodes.append(node.map(ONNXGraph.label) ?? "")
        open = nil
    }
}
