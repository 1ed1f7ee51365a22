extension Dataset {
    /// Added to the seed for the split's random stream (so it differs from the weight initialisation's).
    public static let splitSalt: UInt64 = 0x5350_4C49_5400_0001

    /// The number of points a split holds out: round(testFraction · count), kept within 1...count − 1
    /// when testFraction > 0 and count ≥ 2; 0 otherwise.
    public static func testCount(testFraction: Double, count: Int) -> Int {
        guard testFraction > 0, count >= 2 else { return 0 }
        return min(max(Int((testFraction * Double(count)).rounded()), 1), count - 1)
    }

    /// This data with `testCount(testFraction:count:)` points moved to the test split, chosen at random
    /// by `SeededGenerator(seed: seed &+ Dataset.splitSalt)`. Both parts keep the original order of the
    /// points. Points already in a test split stay there; testFraction ≤ 0 returns `self` unchanged.
    public func split(testFraction: Double, seed: UInt64) -> Dataset {
        let k = Dataset.testCount(testFraction: testFraction, count: count)
        guard k > 0 else { return self }
        var rng = SeededGenerator(seed: seed &+ Dataset.splitSalt)
        var order = Array(0..<count)
        rng.shuffle(&order)
        let held = Set(order.prefix(k))
        var trainRows: [[Double]] = [], trainTargets: [Double] = []
        var testRows = testInputs.rowArrays, newTestTargets = testTargets
        for i in 0..<count {
            if held.contains(i) {
                testRows.append(inputs.row(i))
                newTestTargets.append(targets[i])
            } else {
                trainRows.append(inputs.row(i))
                trainTargets.append(targets[i])
            }
        }
        return Dataset(inputs: Matrix(rows: trainRows.count, columns: inputs.columns, storage: trainRows.flatMap { $0 }),
                       targets: trainTargets,
                       testInputs: Matrix(rows: testRows.count, columns: inputs.columns, storage: testRows.flatMap { $0 }),
                       testTargets: newTestTargets)
    }

    /// The number of inputs per point.
    public var inputDimension: Int { inputs.columns }

    /// The number of classes if every target (train and test) is a non-negative integer: max + 1; else nil.
    public var classCountIfLabels: Int? {
        let all = targets + testTargets
        guard !all.isEmpty, all.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 1e6 }) else { return nil }
        return Int(all.max() ?? 0) + 1
    }
}
