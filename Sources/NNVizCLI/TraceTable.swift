import NNVizEngine

/// The trace as a text table with the points as columns, like Table 1 of notes 001.
///
/// Rows: the inputs, z and u of every hidden layer (H for one hidden layer, (1), (2), … otherwise), z^O,
/// ŷ = g_out(z^O), and the predicted class for sigmoid / softmax outputs. Numbers: `ModelNumber.text`.
enum TraceTable {
    static func render(_ trace: Trace, network: Network, data: Dataset? = nil) -> String {
        var rows: [(String, [Double])] = []
        let n = trace.points.count
        for (c, name) in network.inputNames.enumerated() {
            rows.append((name, trace.points.map { $0[c] }))
        }
        let hidden = network.layers.count - 1
        for l in 0..<hidden {
            let tag = hidden == 1 ? "H" : "(\(l + 1))"
            let values = trace.pass.layers[l]
            for j in 0..<values.z.columns { rows.append(("z^\(tag)_\(j + 1)", values.z.column(j))) }
            for j in 0..<values.u.columns { rows.append(("u^\(tag)_\(j + 1)", values.u.column(j))) }
        }
        let out = trace.pass.layers[hidden]
        let single = out.z.columns == 1
        for j in 0..<out.z.columns { rows.append((single ? "z^O" : "z^O_\(j + 1)", out.z.column(j))) }
        for j in 0..<out.u.columns { rows.append((single ? "ŷ" : "ŷ_\(j + 1)", out.u.column(j))) }
        if network.outputActivation == .softmax || network.outputActivation == .sigmoid {
            rows.append(("class", (0..<n).map { Double(trace.predictions[$0] ?? 0) }))
        }
        var table = rows.map { ($0.0, $0.1.map { ModelNumber.text($0) }) }
        if let data, let targets = targetsRow(trace.points, data) { table.append(("y", targets)) }
        return layout(table)
    }

    /// The data target of each traced point that is a data point (blank for others), or nil when none is.
    static func targetsRow(_ points: [[Double]], _ data: Dataset) -> [String]? {
        let row = points.map { point in
            (0..<data.count).first { data.inputs.row($0) == point }.map { ModelNumber.text(data.targets[$0]) } ?? ""
        }
        return row.allSatisfy(\.isEmpty) ? nil : row
    }

    /// Left-aligned labels, right-aligned columns (left-aligned for `leftAligned`), two spaces apart.
    static func layout(_ rows: [(String, [String])], leftAligned: Set<Int> = []) -> String {
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let columns = rows.first?.1.count ?? 0
        let widths = (0..<columns).map { c in rows.map { $0.1[c].count }.max() ?? 0 }
        return rows.map { label, cells in
            let padded = label + String(repeating: " ", count: labelWidth - label.count)
            let body = cells.enumerated().map { c, cell in
                let fill = String(repeating: " ", count: widths[c] - cell.count)
                return leftAligned.contains(c) ? "  " + cell + fill : fill + "  " + cell
            }.joined()
            return String((padded + body).reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
