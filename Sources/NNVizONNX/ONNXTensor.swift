import Foundation

/// A constant tensor of an ONNX graph (an initialiser or a Constant node's value), decoded to Double.
///
/// Contract: `values.count` is the product of `dims` (1 for a scalar); sizes are checked against
/// `ONNXTensor.elementLimit` before anything is allocated.
struct ONNXTensor: Equatable {
    let name: String
    let dims: [Int]
    let values: [Double]

    /// The most elements one tensor may have (16 M: far beyond any network nnviz can draw).
    static let elementLimit = 1 << 24

    /// Element types nnviz reads: float32 and float64 weights, int64 shapes (Reshape).
    static let readableTypes = "float32, float64 (weights) or int64 (shapes)"

    init(name: String, dims: [Int], values: [Double]) {
        self.name = name
        self.dims = dims
        self.values = values
    }

    /// Decodes `proto`, refusing external data, unknown element types, negative or absurd dimensions and a data
    /// length that does not match the dimensions.
    init(_ proto: Onnx_TensorProto) throws(ONNXError) {
        let label = "tensor \"\(proto.name)\""
        guard proto.dataLocation != .external else {
            throw ONNXError("\(label) keeps its data in an external file, which nnviz does not read (save the model with its weights inside)")
        }
        var count = 1
        var dims: [Int] = []
        for d in proto.dims {
            guard d >= 0, d <= Int64(Self.elementLimit) else { throw ONNXError("\(label) has dimension \(d) (expected 0 … \(Self.elementLimit))") }
            let (product, overflow) = count.multipliedReportingOverflow(by: Int(d))
            guard !overflow, product <= Self.elementLimit else {
                throw ONNXError("\(label) has dimensions \(proto.dims) with more than \(Self.elementLimit) elements")
            }
            count = product
            dims.append(Int(d))
        }
        let values = try Self.values(proto, count: count, label: label)
        self.init(name: proto.name, dims: dims, values: values)
    }

    private static func values(_ p: Onnx_TensorProto, count: Int, label: String) throws(ONNXError) -> [Double] {
        let raw = p.hasRawData ? p.rawData : nil
        func check(_ found: Int) throws(ONNXError) {
            guard found == count else { throw ONNXError("\(label) has \(found) values but its dimensions \(p.dims) need \(count)") }
        }
        switch Onnx_TensorProto.DataType(rawValue: Int(p.dataType)) {
        case .float?:
            if let raw {
                try check(raw.count % 4 == 0 ? raw.count / 4 : -1)
                return littleEndian(raw, width: 4).map { Double(Float(bitPattern: UInt32(truncatingIfNeeded: $0))) }
            }
            try check(p.floatData.count)
            return p.floatData.map(Double.init)
        case .double?:
            if let raw {
                try check(raw.count % 8 == 0 ? raw.count / 8 : -1)
                return littleEndian(raw, width: 8).map { Double(bitPattern: $0) }
            }
            try check(p.doubleData.count)
            return p.doubleData
        case .int64?:
            if let raw {
                try check(raw.count % 8 == 0 ? raw.count / 8 : -1)
                return littleEndian(raw, width: 8).map { Double(Int64(bitPattern: $0)) }
            }
            try check(p.int64Data.count)
            return p.int64Data.map(Double.init)
        default:
            let name = Onnx_TensorProto.DataType(rawValue: Int(p.dataType)).map { "\($0)" } ?? "\(p.dataType)"
            throw ONNXError("\(label) has element type \(name); nnviz reads \(readableTypes)")
        }
    }

    /// Unsigned little-endian words of `width` bytes (4 or 8), as ONNX stores raw data.
    private static func littleEndian(_ data: Data, width: Int) -> [UInt64] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - width + 1, by: width).map { start in
            var word: UInt64 = 0
            for k in (0..<width).reversed() { word = word << 8 | UInt64(bytes[start + k]) }
            return word
        }
    }

    /// The number of rows and columns of a matrix (rank 2), nil otherwise.
    var matrixShape: (rows: Int, columns: Int)? { dims.count == 2 ? (dims[0], dims[1]) : nil }
}
