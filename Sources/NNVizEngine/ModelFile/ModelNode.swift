import Foundation
import Yams

/// The parsed document as a small tree that keeps line numbers: what the schema decoder walks.
///
/// YAML comes from `Yams.compose`, whose nodes carry marks; JSON from `JSONModelReader`, which records lines too.
struct ModelNode {
    enum Value {
        /// A scalar; `quoted` scalars are always strings, plain ones may be numbers.
        case scalar(String, quoted: Bool)
        case sequence([ModelNode])
        /// Keys in document order.
        case mapping([(key: String, value: ModelNode)])
        case null
    }

    var value: Value
    var line: Int?

    /// A short name of the kind of value, for messages ("a list", "a mapping" …).
    var kindName: String {
        switch value {
        case .scalar(_, let quoted): quoted || ModelNode.number(fromPlain: scalarText) == nil ? "text" : "a number"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .null: "nothing"
        }
    }

    var scalarText: String {
        if case .scalar(let s, _) = value { return s }
        return ""
    }

    /// The number a plain YAML scalar spells: decimal, exponent, `.inf`, `-.inf`, `.nan` (any case).
    static func number(fromPlain text: String) -> Double? {
        if let first = text.utf8.first, first != UInt8(ascii: "."), isPlainDecimal(text) {
            return Double(text)  // the common case, without the string copies below (issue 15: load speed)
        }
        let t = text.replacingOccurrences(of: "_", with: "")
        switch t.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        guard let first = t.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
        return Double(t)
    }

    /// True when every byte is a digit, a sign, a decimal point or an exponent mark (no `_`, no letters but e/E).
    static func isPlainDecimal(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            bytes.allSatisfy { b in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
                    || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            }
        }
    }
}

extension ModelNode {
    /// Converts a composed Yams node; aliases are refused by the caller's error.
    init(yaml node: Node) throws(ModelNodeConversionError) {
        switch node {
        case .scalar(let s):
            if s.anchor != nil { throw .alias(line: s.mark?.line) }
            let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
            let isNull = !quoted && ["", "~", "null", "Null", "NULL"].contains(s.string)
            self.init(value: isNull ? .null : .scalar(s.string, quoted: quoted), line: s.mark?.line)
        case .sequence(let seq):
            if seq.anchor != nil { throw .alias(line: seq.mark?.line) }
            var items: [ModelNode] = []
            for item in seq { items.append(try ModelNode(yaml: item)) }
            self.init(value: .sequence(items), line: seq.mark?.line)
        case .mapping(let map):
            if map.anchor != nil { throw .alias(line: map.mark?.line) }
            var pairs: [(key: String, value: ModelNode)] = []
            for (k, v) in map {
                guard case .scalar(let ks) = k else { throw .nonScalarKey(line: k.mark?.line) }
                pairs.append((ks.string, try ModelNode(yaml: v)))
            }
            self.init(value: .mapping(pairs), line: map.mark?.line)
        case .alias(let alias):
            throw .alias(line: alias.mark?.line)
        }
    }
}

/// Why a composed YAML tree could not be converted.
enum ModelNodeConversionError: Error {
    case alias(line: Int?)
    case nonScalarKey(line: Int?)
}
