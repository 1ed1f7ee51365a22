/// `trained:` — the record a finished run leaves in a trained model file (docs/model-file.md): the settings
/// (the keys of `train:`), `initialLayers` (the weights before epoch 1) and `history`.
///
/// Every list is checked against the settings before its numbers are read: a curve has exactly epochs + 1
/// entries, snapshots are exactly the settings' snapshot epochs, every layer has the network's shape.
extension ModelDecoder {
    static let trainedKeys = trainKeys + ["initialLayers", "history"]
    static let historyKeys = ["trainLoss", "testLoss", "trainAccuracy", "testAccuracy", "snapshots"]
    static let recordedLayerKeys = ["weights", "biases", "bias"]

    /// The record of `trained:` for `network`, trained with `settings` (the file's, before any override) on `data`.
    func decodeRecord(_ field: ModelField, network: Network, settings: TrainingConfig,
                      data: Dataset?) throws(ModelFileError) -> TrainingRecord {
        let map = try field.mapping(allowed: Self.trainedKeys)
        let initial = try decodeRecordedLayers(try map.required("initialLayers", " (the weights before epoch 1)"),
                                               like: network)
        let historyMap = try map.required("history").mapping(allowed: Self.historyKeys)
        let count = settings.epochs + 1
        var history = TrainingHistory(lossName: settings.loss.rawValue, reduction: Loss.reduction)
        history.trainLoss = try curve(historyMap.required("trainLoss"), count: count, settings: settings)
        let hasTest = data?.hasTestSplit ?? false
        if let f = historyMap.optional("testLoss") {
            guard hasTest else { throw f.error(.badData, "there is a test loss but the data have no test split") }
            history.testLoss = try curve(f, count: count, settings: settings)
        }
        if let f = historyMap.optional("trainAccuracy") {
            history.trainAccuracy = try curve(f, count: count, settings: settings, fractions: true)
        }
        if let f = historyMap.optional("testAccuracy") {
            guard hasTest else { throw f.error(.badData, "there is a test accuracy but the data have no test split") }
            history.testAccuracy = try curve(f, count: count, settings: settings, fractions: true)
        }
        if let f = historyMap.optional("snapshots") {
            history.snapshots = try decodeSnapshots(f, network: network, epochs: settings.snapshots)
        } else if !settings.snapshots.isEmpty {
            throw historyMap.field.error(.missingKey, "the settings ask for snapshots at epochs "
                                         + "\(settings.snapshots.map(String.init).joined(separator: ", ")) but "
                                         + "`history.snapshots` is missing")
        }
        return TrainingRecord(initialNetwork: initial, history: history)
    }

    /// One value per epoch 0…epochs: finite numbers (in [0, 1] for accuracies); the length is checked first.
    private func curve(_ field: ModelField, count: Int, settings: TrainingConfig,
                       fractions: Bool = false) throws(ModelFileError) -> [Double] {
        let items = try field.list()
        guard items.count == count else {
            throw field.error(.wrongShape, "has \(items.count) entries but the run had \(settings.epochs) epochs "
                              + "(expected \(count): the initial weights and one per epoch)")
        }
        var values: [Double] = []
        values.reserveCapacity(count)
        for item in items {
            let value = try item.number()
            if fractions, !(0...1).contains(value) {
                throw item.error(.invalidValue, "expected an accuracy between 0 and 1 but found \(ModelNumber.text(value))")
            }
            values.append(value)
        }
        return values
    }

    /// `[{epoch, layers}]`, exactly the settings' snapshot epochs in order.
    private func decodeSnapshots(_ field: ModelField, network: Network,
                                 epochs: [Int]) throws(ModelFileError) -> [TrainingSnapshot] {
        let items = try field.list()
        guard items.count == epochs.count else {
            throw field.error(.wrongShape, "has \(items.count) snapshots but the settings ask for \(epochs.count) "
                              + "(epochs \(epochs.map(String.init).joined(separator: ", ")))")
        }
        var snapshots: [TrainingSnapshot] = []
        for (item, epoch) in zip(items, epochs) {
            let map = try item.mapping(allowed: ["epoch", "layers"])
            let epochField = try map.required("epoch")
            guard try epochField.integer() == epoch else {
                throw epochField.error(.invalidValue, "expected epoch \(epoch) (the settings' snapshots, in order) "
                                       + "but found \(epochField.node.scalarText)")
            }
            snapshots.append(TrainingSnapshot(epoch: epoch, network: try decodeRecordedLayers(map.required("layers"),
                                                                                               like: network)))
        }
        return snapshots
    }

    /// A list of `{weights, biases}` (or `{weights, bias: false}`), one per layer of `network` and of its shape.
    private func decodeRecordedLayers(_ field: ModelField, like network: Network) throws(ModelFileError) -> Network {
        let items = try field.list()
        guard items.count == network.layers.count else {
            throw field.error(.wrongShape, "has \(items.count) layers but the network has \(network.layers.count)")
        }
        var result = network
        for (l, item) in items.enumerated() {
            let layer = network.layers[l]
            let map = try item.mapping(allowed: Self.recordedLayerKeys)
            let rowsField = try map.required("weights")
            let rows = try rowsField.list()
            guard rows.count == layer.units else {
                throw rowsField.error(.wrongShape, "has \(rows.count) rows but layer \(l) has \(layer.units) units")
            }
            var storage: [Double] = []
            storage.reserveCapacity(layer.units * layer.inputs)
            for row in rows {
                let values = try row.numbers()
                guard values.count == layer.inputs else {
                    throw row.error(.wrongShape, "has \(values.count) columns but layer \(l) has \(layer.inputs) inputs")
                }
                storage += values
            }
            result.layers[l].weights = Matrix(rows: layer.units, columns: layer.inputs, storage: storage)
            result.layers[l].biases = try recordedBiases(map, layer: layer, index: l, field: item)
        }
        return result
    }

    private func recordedBiases(_ map: ModelMapping, layer: DenseLayer, index l: Int,
                                field: ModelField) throws(ModelFileError) -> [Double] {
        guard layer.hasBias else {
            if let biases = map.optional("biases") {
                throw biases.error(.invalidValue, "layer \(l) has `bias: false`, so its recorded weights have no biases")
            }
            return layer.biases
        }
        let biasesField = try map.required("biases", " (one per unit of layer \(l))")
        let biases = try biasesField.numbers()
        guard biases.count == layer.units else {
            throw biasesField.error(.wrongShape, "has \(biases.count) entries but layer \(l) has \(layer.units) units")
        }
        return biases
    }
}
