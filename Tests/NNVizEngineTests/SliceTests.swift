import Foundation
import Testing
@testable import NNVizEngine

/// Lines and planes through input points: the frame (Gram–Schmidt), the composed network, the projected data,
/// and the `plane:` / `line:` keys of model files.
@Suite struct SliceTests {
    static let p0 = [1.0, 0, 2], p1 = [3.0, 0, 2], p2 = [2.0, 3, 6]

    static func net3() -> Network {
        Network(name: "three inputs", inputNames: ["a", "b", "c"], layers: [
            DenseLayer(weights: [[1, -2, 0.5], [0, 1, 1], [-1, 1, -1]], biases: [0.5, -1, 0], activation: .relu),
            DenseLayer(weights: [[1, 2, -1]], biases: [0.25], activation: .identity),
        ])
    }

    @Test func planeBasisIsGramSchmidtOfTheDifferences() throws {
        let frame = try SliceFrame(InputSlice(kind: .plane, points: [Self.p0, Self.p1, Self.p2]), inputCount: 3)
        // p1 − p0 = (2, 0, 0) ⇒ u = (1, 0, 0); p2 − p0 = (1, 3, 4) minus its u part (1, 0, 0) = (0, 3, 4) ⇒ v = (0, 0.6, 0.8).
        #expect(frame.origin == Self.p0)
        #expect(frame.directions[0] == [1, 0, 0])
        #expect(zip(frame.directions[1], [0, 0.6, 0.8]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(frame.coordinates(of: Self.p1) == [2, 0])
        let c2 = frame.coordinates(of: Self.p2)
        #expect(abs(c2[0] - 1) < 1e-12 && abs(c2[1] - 5) < 1e-12)
        #expect(frame.distance(of: Self.p2) < 1e-12)
        // A point 2 off the plane along the normal n = u × v = (0, −0.8, 0.6).
        let off = [2.0, 3 - 1.6, 6 + 1.2]
        #expect(abs(frame.distance(of: off) - 2) < 1e-12)
    }

    @Test func defaultPlaneDomainPadsThePointsBoxByHalfItsWidth() throws {
        let frame = try SliceFrame(InputSlice(kind: .plane, points: [Self.p0, Self.p1, Self.p2]), inputCount: 3)
        let box = frame.defaultDomain(points: [Self.p0, Self.p1, Self.p2])
        // s ∈ [0, 2] ⇒ [−1, 3]; t ∈ [0, 5] ⇒ [−2.5, 7.5].
        #expect(abs(box[0].lowerBound + 1) < 1e-12 && abs(box[0].upperBound - 3) < 1e-12)
        #expect(abs(box[1].lowerBound + 2.5) < 1e-12 && abs(box[1].upperBound - 7.5) < 1e-12)
    }

    @Test func lineRunsFromP0AtZeroToP1AtOne() throws {
        let frame = try SliceFrame(InputSlice(kind: .line, points: [Self.p0, Self.p2]), inputCount: 3)
        #expect(frame.coordinates(of: Self.p0) == [0])
        #expect(abs(frame.coordinates(of: Self.p2)[0] - 1) < 1e-15)
        #expect(frame.inputPoint([0.5]) == [1.5, 1.5, 4])
        #expect(frame.defaultDomain(points: [Self.p0, Self.p2]) == [-0.5...1.5])
    }

    @Test func degeneratePointsAreRefused() {
        #expect(throws: SliceError("the three points are collinear, so they do not define a plane")) {
            try SliceFrame(InputSlice(kind: .plane, points: [[0, 0], [1, 1], [3, 3]]), inputCount: 2)
        }
        #expect(throws: SliceError("p1 equals p0, so they do not define a line")) {
            try SliceFrame(InputSlice(kind: .line, points: [[1, 2], [1, 2]]), inputCount: 2)
        }
        #expect(throws: SliceError("a plane needs 3 points but 2 were given")) {
            try SliceFrame(InputSlice(kind: .plane, points: [[0, 0], [1, 1]]), inputCount: 2)
        }
        #expect(throws: SliceError("point p1 has 2 coordinate(s) but the network has 3 input(s)")) {
            try SliceFrame(InputSlice(kind: .line, points: [[0, 0, 0], [1, 1]]), inputCount: 3)
        }
    }

    @Test func restrictedNetworkEqualsTheFullNetworkOnTheSlice() throws {
        let net = Self.net3()
        for kind in [InputSlice.Kind.plane, .line] {
            let points = kind == .plane ? [Self.p0, Self.p1, Self.p2] : [Self.p0, Self.p2]
            let frame = try SliceFrame(InputSlice(kind: kind, points: points), inputCount: 3)
            let sliced = net.restricted(to: frame)
            #expect(sliced.inputNames == kind.coordinateNames)
            var rng = SeededGenerator(seed: 4)
            for _ in 0..<50 {
                let c = (0..<kind.dimension).map { _ in Double.random(in: -3...3, using: &rng) }
                let full = net.predict(frame.inputPoint(c))
                #expect(abs(sliced.predict(c)[0] - full[0]) < 1e-12)
            }
        }
    }

    @Test func slicedModelProjectsTheDataAndKeepsTheFullNetwork() throws {
        let data = Dataset(inputs: Matrix([[1, 0, 2], [2, 1.4, 7.2]]), targets: [0.5, 1])
        let model = Model(network: Self.net3(), domain: Array(repeating: -1...1, count: 3), data: data,
                          slice: InputSlice(kind: .plane, points: [Self.p0, Self.p1, Self.p2]))
        let sliced = try model.sliced()
        #expect(sliced.network.inputCount == 2 && sliced.slice == nil && !sliced.needsTraining)
        #expect(sliced.data?.targets == [0.5, 1])
        let view = try #require(sliced.sliceView)
        #expect(view.fullNetwork == model.network)
        #expect(view.dataDistances[0] == 0)
        #expect(abs(view.dataDistances[1] - 2) < 1e-12)   // (2, 1.4, 7.2) = x(1, 5) + 2·(0, −0.8, 0.6)
        let c = try #require(sliced.data?.inputs.row(1))
        #expect(abs(c[0] - 1) < 1e-12 && abs(c[1] - 5) < 1e-12)
        #expect(view.pointCoordinates.count == 3)
        var plain = model
        plain.slice = nil
        #expect(try plain.sliced() == plain)
    }

    // MARK: model files

    static let file = """
        nnviz: 1
        inputs: [a, b, c]
        layers:
          - activation: relu
            weights: [[1, -2, 0.5], [0, 1, 1], [-1, 1, -1]]
            biases: [0.5, -1, 0]
          - activation: identity
            weights: [[1, 2, -1]]
            biases: [0.25]
        plane:
          through: [[1, 0, 2], [3, 0, 2], [2, 3, 6]]
        """

    @Test func planeKeyIsReadWrittenAndReadBack() throws {
        let model = try ModelFile.parse(Self.file, fileName: "p.yaml")
        #expect(model.slice == InputSlice(kind: .plane, points: [Self.p0, Self.p1, Self.p2]))
        let yaml = try ModelFile.parse(ModelFile.write(model), fileName: "w.yaml")
        #expect(yaml == model)
        let json = try ModelFile.parse(ModelFile.write(model, format: .json), fileName: "w.json", format: .json)
        #expect(json == model)
        #expect(try JSONSerialization.jsonObject(with: Data(ModelFile.write(model, format: .json).utf8)) is [String: Any])
    }

    @Test func lineKeyTakesADomainInT() throws {
        let text = Self.file.replacingOccurrences(of: "plane:\n  through: [[1, 0, 2], [3, 0, 2], [2, 3, 6]]",
                                                  with: "line:\n  through: [[1, 0, 2], [3, 0, 2]]\n  domain: [-1, 2]")
        let model = try ModelFile.parse(text, fileName: "l.yaml")
        #expect(model.slice?.kind == .line && model.slice?.domain == [-1...2])
        #expect(try model.sliced().domain == [-1...2])
    }

    @Test func collinearPlaneIsReportedAtItsKeyPath() {
        let text = Self.file.replacingOccurrences(of: "[2, 3, 6]]", with: "[5, 0, 2]]")
        #expect(throws: ModelFileError(file: "p.yaml", line: 11, keyPath: "plane.through", kind: .invalidValue,
                                       message: "the three points are collinear, so they do not define a plane")) {
            try ModelFile.parse(text, fileName: "p.yaml")
        }
        let two = Self.file.replacingOccurrences(of: ", [2, 3, 6]]", with: "]")
        #expect(throws: ModelFileError(file: "p.yaml", line: 11, keyPath: "plane.through", kind: .wrongShape,
                                       message: "has 2 points but a plane passes through 3")) {
            try ModelFile.parse(two, fileName: "p.yaml")
        }
    }

    @Test func onnxKeyWithoutAnImporterIsRefused() {
        let text = "nnviz: 1\nonnx: net.onnx\n"
        #expect(throws: ModelFileError(file: "s.yaml", line: 2, keyPath: "onnx", kind: .invalidValue,
                                       message: "this program reads no ONNX files (ModelFile was called without an importer)")) {
            try ModelFile.parse(text, fileName: "s.yaml")
        }
    }
}
