import Foundation
import Testing
@testable import NNVizEngine

/// The iris data set (assets/data/iris.csv) and the built-in `iris` example made from it.
@Suite struct IrisExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func csvRows() throws -> [[Double]] {
        let text = try String(contentsOf: root.appendingPathComponent("assets/data/iris.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").compactMap { Double($0) } }
    }

    static func allPoints(_ model: Model) throws -> (inputs: [[Double]], targets: [Double]) {
        let data = try #require(model.data)
        return (data.inputs.rowArrays + data.testInputs.rowArrays, data.targets + data.testTargets)
    }

    @Test func csvHasFisher150FlowersFiftyPerSpecies() throws {
        let rows = try Self.csvRows()
        #expect(rows.count == 150 && rows.allSatisfy { $0.count == 5 })
        for k in 0..<3 { #expect(rows.filter { $0[4] == Double(k) }.count == 50) }
        // The first flower of the classic table: setosa 5.1, 3.5, 1.4, 0.2.
        #expect(rows[0] == [5.1, 3.5, 1.4, 0.2, 0])
    }

    @Test func exampleHoldsTheCSVData() throws {
        let model = try #require(BuiltInExamples.named("iris")).load()
        let rows = try Self.csvRows()
        let (inputs, targets) = try Self.allPoints(model)
        let fromExample = zip(inputs, targets).map { $0 + [$1] }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(fromExample == rows.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(model.network.layers.map(\.units) == [8, 3] && model.network.inputCount == 4)
        #expect(model.data?.hasTestSplit == true)
    }

    @Test func planePassesThroughTheThreeClassMeans() throws {
        let model = try #require(BuiltInExamples.named("iris")).load()
        let (inputs, targets) = try Self.allPoints(model)
        let slice = try #require(model.slice)
        #expect(slice.kind == .plane)
        for k in 0..<3 {
            let members = zip(inputs, targets).filter { $0.1 == Double(k) }.map(\.0)
            let mean = (0..<4).map { c in members.map { $0[c] }.reduce(0, +) / Double(members.count) }
            #expect(zip(mean, slice.points[k]).allSatisfy { abs($0 - $1) < 1e-9 }, "class \(k): \(mean)")
        }
        let sliced = try model.sliced()
        #expect(sliced.network.inputNames == ["s", "t"])
        // Every flower projects inside the plane's box.
        let box = sliced.domain
        #expect(try #require(sliced.data).inputs.rowArrays.allSatisfy { box[0].contains($0[0]) && box[1].contains($0[1]) })
    }
}
