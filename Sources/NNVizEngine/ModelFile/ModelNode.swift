import Foundation
import Yams

/// The parsed document as a small tree that keeps line numbers: what the schema decoder walks.
///
/// YAML (and JSON, which the YAML parser reads too) comes from `Yams.compose`, whose nodes carry marks.
/// A JSON file the YAML parser rejects is read with `JSONSerialization` instead; its nodes have no line.
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
}

extension ModelNode {
    /// Converts a composed Yams node; aliases are refused by the caller's error.
    init(yaml node: Node) throws(ModelNodeConversionError) {
        switch node {
        case .scalar(let s):
            let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
            let isNull = !quoted && ["", "~", "null", "Null", "NULL"].contains(s.string)
            self.init(value: isNull ? .null : .scalar(s.string, quoted: quoted), line: s.mark?.line)
        case .sequence(let seq):
            var items: [ModelNode] = []
            for item in seq { items.append(try ModelNode(yaml: item)) }
            self.init(value: .sequence(items), line: seq.mark?.line)
        case .mapping(let map):
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

    /// Converts the result of `JSONSerialization` (no line numbers).
    init(json: Any) {
        switch json {
        case let s as String:
            self.init(value: .scalar(s, quoted: true), line: nil)
        case let n as NSNumber where String(cString: n.objCType) == "c":  // a JSON true / false
            self.init(value: .scalar(n.boolValue ? "true" : "false", quoted: false), line: nil)
        case let n as NSNumber:
            self.init(value: .scalar("\(n.doubleValue)", quoted: false), line: nil)
        case let a as [Any]:
            self.init(value: .sequence(a.map { ModelNode(json: $0) }), line: nil)
        case let d as [String: Any]:
            // JSONSerialization loses key order; sort so that messages are deterministic.
            let pairs = d.keys.sorted().map { (key: $0, value: ModelNode(json: d[$0] as Any)) }
            self.init(value: .mapping(pairs), line: nil)
        default:
            self.init(value: .null, line: nil)
        }
    }
}

/// Why a composed YAML tree could not be converted.
enum ModelNodeConversionError: Error {
    case alias(line: Int?)
    case nonScalarKey(line: Int?)
}
