/// Reads a JSON model file into the line-annotated tree the schema decoder walks (RFC 8259, strict).
///
/// Why not Foundation's `JSONSerialization`: it forgets key order and lines and silently keeps the last of two
/// equal keys. This reader keeps document order and the line of every value, refuses a duplicate key at its
/// line, bounds nesting at `maximumDepth` (so hostile input cannot exhaust the stack), and reads numbers with
/// one `Double(text)` call per number, which keeps a file of 160,000 inline numbers well under 50 ms.
struct JSONModelReader {
    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 256

    /// A syntax problem: what was expected and where (1-based line and character).
    struct Problem: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The document's single value.
    static func read(_ text: String) throws(Problem) -> ModelNode {
        var reader = JSONModelReader(text)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.i = 3 }
        reader.skipBlanks()
        guard reader.i < reader.bytes.count else { throw reader.problem("the file is empty") }
        let node = try reader.value(depth: 0)
        reader.skipBlanks()
        guard reader.i == reader.bytes.count else { throw reader.problem("unexpected text after the end of the document") }
        return node
    }

    private func problem(_ message: String) -> Problem {
        let column = String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
        return Problem(message: message, line: line, column: column)
    }

    private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipBlanks() {
        while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
    }

    private mutating func value(depth: Int) throws(Problem) -> ModelNode {
        guard depth < Self.maximumDepth else {
            throw problem("arrays and objects nest deeper than \(Self.maximumDepth) levels")
        }
        let here = line
        switch current {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return ModelNode(value: .scalar(try string(), quoted: true), line: here)
        case UInt8(ascii: "t"): try literal("true"); return ModelNode(value: .scalar("true", quoted: false), line: here)
        case UInt8(ascii: "f"): try literal("false"); return ModelNode(value: .scalar("false", quoted: false), line: here)
        case UInt8(ascii: "n"): try literal("null"); return ModelNode(value: .null, line: here)
        case let b? where b == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b):
            return ModelNode(value: .scalar(try number(), quoted: false), line: here)
        default:
            throw problem("expected a value (an object, array, string, number, true, false or null)")
        }
    }

    private mutating func object(depth: Int) throws(Problem) -> ModelNode {
        let here = line
        i += 1
        var pairs: [(key: String, value: ModelNode)] = []
        var seen: Set<String> = []
        skipBlanks()
        if current == UInt8(ascii: "}") { i += 1; return ModelNode(value: .mapping(pairs), line: here) }
        while true {
            skipBlanks()
            guard current == UInt8(ascii: "\"") else { throw problem("expected a key in double quotes") }
            let keyPlace = problem("")
            let key = try string()
            guard seen.insert(key).inserted else {
                throw Problem(message: "the key `\(key)` appears twice in this object", line: keyPlace.line,
                              column: keyPlace.column)
            }
            skipBlanks()
            guard current == UInt8(ascii: ":") else { throw problem("expected ':' after the key `\(key)`") }
            i += 1
            skipBlanks()
            pairs.append((key, try value(depth: depth + 1)))
            skipBlanks()
            if current == UInt8(ascii: ",") { i += 1; continue }
            if current == UInt8(ascii: "}") { i += 1; return ModelNode(value: .mapping(pairs), line: here) }
            throw problem("expected ',' or '}' in an object")
        }
    }

    private mutating func array(depth: Int) throws(Problem) -> ModelNode {
        let here = line
        i += 1
        var items: [ModelNode] = []
        skipBlanks()
        if current == UInt8(ascii: "]") { i += 1; return ModelNode(value: .sequence(items), line: here) }
        while true {
            skipBlanks()
            items.append(try value(depth: depth + 1))
            skipBlanks()
            if current == UInt8(ascii: ",") { i += 1; continue }
            if current == UInt8(ascii: "]") { i += 1; return ModelNode(value: .sequence(items), line: here) }
            throw problem("expected ',' or ']' in an array")
        }
    }

    private mutating func literal(_ word: String) throws(Problem) {
        let w = Array(word.utf8)
        guard bytes.count - i >= w.count, Array(bytes[i..<i + w.count]) == w else {
            throw problem("expected a value (an object, array, string, number, true, false or null)")
        }
        i += w.count
    }

    /// A JSON number, returned as its text (checked against the JSON grammar).
    private mutating func number() throws(Problem) -> String {
        let start = i
        if current == UInt8(ascii: "-") { i += 1 }
        guard let first = current, isDigit(first) else { throw problem("expected a digit in a number") }
        if first == UInt8(ascii: "0") { i += 1 } else { skipDigits() }
        if current == UInt8(ascii: ".") {
            i += 1
            guard let d = current, isDigit(d) else { throw problem("expected a digit after the decimal point") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            i += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
            guard let d = current, isDigit(d) else { throw problem("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }
    private mutating func skipDigits() { while let b = current, isDigit(b) { i += 1 } }

    /// A string (the opening quote at `i`), escapes decoded; raw control characters are refused.
    private mutating func string() throws(Problem) -> String {
        i += 1
        var out = [UInt8]()
        while let b = current {
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                try escape(into: &out)
            case ..<0x20:
                throw problem("a raw control character inside a string (write it as an escape such as \\n)")
            default:
                out.append(b)
                i += 1
            }
        }
        throw problem("a string is not closed (expected '\"')")
    }

    private mutating func escape(into out: inout [UInt8]) throws(Problem) {
        guard let e = current else { throw problem("a string is not closed (expected '\"')") }
        i += 1
        let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A,
                                      0x72: 0x0D, 0x74: 0x09]
        if let s = simple[e] { out.append(s); return }
        guard e == UInt8(ascii: "u") else { throw problem("unknown escape '\\\(Unicode.Scalar(e))' in a string") }
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code), current == UInt8(ascii: "\\"), i + 1 < bytes.count,
           bytes[i + 1] == UInt8(ascii: "u") {
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw problem("an unpaired surrogate escape in a string") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw problem("an unpaired surrogate escape in a string") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        guard bytes.count - i >= 4, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw problem("expected four hexadecimal digits after \\u")
        }
        i += 4
        return v
    }
}
