import NNVizEngine

/// Every layer's z and u, the output and the predicted class at chosen points: the worked tables of the notes.
public struct Trace: Sendable {
    public var points: [[Double]]
    public var pass: ForwardPass
    /// The predicted class of each point (nil for regression outputs).
    public var predictions: [Int?]

    public init(network: Network, points: [[Double]]) {
        self.points = points
        let pass = network.forward(Matrix(points))
        self.pass = pass
        predictions = (0..<points.count).map { network.predictedClass(output: pass.output.row($0)) }
    }

    /// The `trace` array of `inspect --json` (DESIGN.md §3): input, layers [{z, u}], output, prediction.
    public var json: JSONValue {
        .array(points.indices.map { i in
            var members: [JSONValue.Member] = [
                .init("input", .numbers(points[i])),
                .init("layers", .array(pass.layers.map {
                    .object([.init("z", .numbers($0.z.row(i))), .init("u", .numbers($0.u.row(i)))])
                })),
                .init("output", .numbers(pass.output.row(i))),
            ]
            if let prediction = predictions[i] { members.append(.init("prediction", .number(Double(prediction)))) }
            return .object(members)
        })
    }
}
