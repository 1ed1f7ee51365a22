import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizTestSupport
import Testing
@testable import NNVizReport

/// Eight models trained, analysed and rendered at once in one process, each on its own thread, against the same
/// model done alone: the trained weights, the exact regions and every report file (SVG, PDF, PNG, HTML) must be
/// byte-identical. This is what replaced the process-wide training lock (docs/engine.md, "Concurrency").
@Suite struct ConcurrentRenderTests {
    /// Everything one model produces: the trained network, its exact regions and the report's files.
    struct Outcome: Equatable {
        var network: Network
        var regions: Regions?
        var files: [String: Data]
    }

    enum Regions: Equatable {
        case oneD(Regions1D), twoD(Regions2D)
    }

    /// The eight course examples among the built-in ones: every kind of figure input (1-D and 2-D, relu, identity,
    /// step, sigmoid and softmax outputs). Every one with data and no step units is trained (circles, sine, spiral
    /// with their own settings, XOR and the linear collapse with `TrainingConfig.defaults`), cut to 120 epochs so
    /// the test stays quick in debug builds; the three hard-threshold nets are drawn as given.
    static let names = ["circles-relu", "linear-collapse", "sine", "spiral", "threshold-1d", "threshold-table",
                        "threshold-triangle", "xor-relu"]

    static func models() throws -> [Model] {
        try names.map { name in
            var model = try #require(BuiltInExamples.named(name), "built-in example \(name)").load()
            let trainable = model.data != nil && !model.network.layers.contains { $0.activation == .step }
            if trainable {
                var config = model.training ?? .defaults(for: model.network)
                config.epochs = min(config.epochs, 120)
                config.snapshots = config.snapshots.filter { $0 <= config.epochs }
                model.training = config
            }
            return model
        }
    }

    /// Train, analyse, render into a fresh folder, read everything back.
    static func produce(_ model: Model, folder: URL) throws -> Outcome {
        let trained = try RenderPipeline.trainIfAsked(model).model
        let regions = try exactRegions(trained)
        _ = try RenderPipeline.render(model, to: folder)
        var contents: [String: Data] = [:]
        for path in files(under: folder) {
            contents[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return Outcome(network: trained.network, regions: regions, files: contents)
    }

    static func exactRegions(_ model: Model) throws -> Regions? {
        let hidden = model.network.hiddenLayers.map(\.activation)
        guard hidden.allSatisfy(\.contributesPatternBitsOrIsIdentity) else { return nil }
        switch model.network.inputCount {
        case 1: return .oneD(try Regions1D.compute(network: model.network, domain: model.domain[0]))
        case 2: return .twoD(try Regions2D.compute(network: model.network, domain: model.domain))
        default: return nil
        }
    }

    @Test func eightModelsAtOnceGiveWhatEachGivesAlone() throws {
        let models = try Self.models()
        #expect(models.count == 8)
        let alone = try models.indices.map { i in
            try Self.produce(models[i], folder: try temporaryFolder("alone-\(i)"))
        }
        #expect(alone.allSatisfy { $0.files.keys.contains { $0.hasSuffix(".svg") } })
        #expect(alone.filter { $0.regions != nil }.count >= 5)
        let together = ResultSlots<Result<Outcome, any Error>>(count: models.count)
        let folders = try models.indices.map { try temporaryFolder("together-\($0)") }
        onSeparateThreads(count: models.count) { i in
            together[i] = Result { try Self.produce(models[i], folder: folders[i]) }
        }
        for i in models.indices {
            let outcome = try #require(together[i]).get()
            #expect(outcome.network == alone[i].network, "model \(i): trained weights")
            #expect(outcome.regions == alone[i].regions, "model \(i): regions")
            #expect(outcome.files.keys.sorted() == alone[i].files.keys.sorted(), "model \(i): file list")
            for (path, data) in outcome.files where alone[i].files[path] != data {
                Issue.record("model \(i) (\(models[i].name)): \(path) differs from the model rendered alone")
            }
        }
    }
}

extension Activation {
    /// Hidden units the exact region analysis handles (piecewise linear).
    fileprivate var contributesPatternBitsOrIsIdentity: Bool { contributesPatternBits || self == .identity }
}
