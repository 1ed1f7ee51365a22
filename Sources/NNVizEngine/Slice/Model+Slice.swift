/// What a sliced model remembers of the full model, for figures that mark the slice in input space:
/// the frame (origin p0 and directions), the defining points in slice coordinates, every data point's distance
/// to the slice (its slice coordinates are the sliced model's data inputs), and the full network and domain.
public struct SliceView: Equatable, Sendable {
    public var frame: SliceFrame
    /// The defining points p0, p1 (, p2) in slice coordinates: p0 is at the origin.
    public var pointCoordinates: [[Double]]
    /// Distance of each training / test data point to the slice, in data order.
    public var dataDistances: [Double]
    public var testDistances: [Double]
    /// The network and domain before slicing.
    public var fullNetwork: Network
    public var fullDomain: [ClosedRange<Double>]

    public init(frame: SliceFrame, pointCoordinates: [[Double]], dataDistances: [Double], testDistances: [Double],
                fullNetwork: Network, fullDomain: [ClosedRange<Double>]) {
        self.frame = frame
        self.pointCoordinates = pointCoordinates
        self.dataDistances = dataDistances
        self.testDistances = testDistances
        self.fullNetwork = fullNetwork
        self.fullDomain = fullDomain
    }
}

extension Network {
    /// The same network seen along `frame`: its inputs are the slice coordinates (t, or s and t), and the first
    /// layer absorbs x(c) = p0 + Σ c_k d_k: W′ = W·D (D has the directions as columns), b′ = b + W·p0.
    /// Every later layer is unchanged, so the output at c equals the full network's output at x(c).
    public func restricted(to frame: SliceFrame) -> Network {
        let first = layers[0]
        var weights = Matrix(rows: first.units, columns: frame.directions.count)
        var biases = first.biases
        for j in 0..<first.units {
            let row = first.weights.row(j)
            for (k, d) in frame.directions.enumerated() { weights[j, k] = SliceFrame.dot(row, d) }
            biases[j] += SliceFrame.dot(row, frame.origin)
        }
        var sliced = layers
        sliced[0] = DenseLayer(weights: weights, biases: biases, activation: first.activation)
        return Network(name: name, inputNames: frame.kind.coordinateNames, layers: sliced)
    }
}

extension Model {
    /// The model along its `slice` (self when it has none): a 1-D or 2-D model whose network is
    /// `network.restricted(to:)`, whose domain is the slice's (or the default around the defining points), whose
    /// data are the data points' projections (targets unchanged), and whose `sliceView` keeps the frame, the
    /// points, the distances and the full network. Training settings, the threshold and the training record are
    /// kept (the record's initial and snapshot networks sliced the same way); train the full model first, then
    /// slice: a sliced model with a record is drawn as it is (`needsTraining` is false).
    public func sliced() throws(SliceError) -> Model {
        guard let slice else { return self }
        let frame = try SliceFrame(slice, inputCount: network.inputCount)
        let domain = slice.domain ?? frame.defaultDomain(points: slice.points)
        guard domain.count == slice.kind.dimension else {
            throw SliceError("the \(slice.kind.rawValue) domain has \(domain.count) intervals but a "
                             + "\(slice.kind.rawValue) has \(slice.kind.dimension) coordinate(s)")
        }
        let project = { (m: Matrix) -> (Matrix, [Double]) in
            let rows = m.rowArrays
            let coordinates = rows.map { frame.coordinates(of: $0) }
            let matrix = coordinates.isEmpty ? Matrix(rows: 0, columns: frame.directions.count) : Matrix(coordinates)
            return (matrix, rows.map { frame.distance(of: $0) })
        }
        var projectedData: Dataset?
        var distances: [Double] = [], testDistances: [Double] = []
        if let data {
            let (inputs, d) = project(data.inputs)
            let (testInputs, td) = project(data.testInputs)
            projectedData = Dataset(inputs: inputs, targets: data.targets, testInputs: testInputs,
                                    testTargets: data.testTargets)
            distances = d
            testDistances = td
        }
        let view = SliceView(frame: frame, pointCoordinates: slice.points.map { frame.coordinates(of: $0) },
                             dataDistances: distances, testDistances: testDistances,
                             fullNetwork: network, fullDomain: self.domain)
        let record = trainingRecord.map { record in
            var history = record.history
            history.snapshots = history.snapshots.map {
                TrainingSnapshot(epoch: $0.epoch, network: $0.network.restricted(to: frame))
            }
            return TrainingRecord(initialNetwork: record.initialNetwork.restricted(to: frame), history: history)
        }
        var model = Model(network: network.restricted(to: frame), domain: domain, data: projectedData,
                          training: training, needsTraining: false, trainingRecord: record)
        model.threshold = threshold
        model.sliceView = view
        return model
    }
}
