/// Checks on the raw text of a model file that must run before a parser sees it.
///
/// - `controlCharacter`: the first character YAML and JSON forbid (C0 except tab / LF / CR, DEL, C1), with
///   its line and character, so the message can say where it is instead of "not valid YAML".
/// - `yamlStructure`: the first anchor (`&name`) or alias (`*name`) and the deepest nesting, found by a
///   lexical pass over the YAML text. Aliases are refused *before* the YAML parser composes the document, so
///   an alias bomb ("billion laughs") never grows, and nesting is bounded before the recursive composer runs.
enum ModelTextScan {
    /// A character and where it is (1-based line and character).
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    /// The first forbidden control character and its place.
    static func controlCharacter(in text: String) -> (Unicode.Scalar, Place)? {
        // A byte scan (C0 and DEL are single bytes; C1 is 0xC2 0x80…0x9F); places are counted only on a hit.
        var copy = text
        let (found, offset): (UInt32?, Int) = copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for (i, byte) in bytes.enumerated() {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return (UInt32(byte), i) }
                if previous == 0xC2, (0x80...0x9F).contains(byte) { return (UInt32(byte), i - 1) }
                previous = byte
            }
            return (nil, 0)
        }
        guard let code = found, let scalar = Unicode.Scalar(code) else { return nil }
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let line = before.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = before.unicodeScalars.reversed().prefix { $0 != "\n" }.count + 1
        return (scalar, Place(line: line, column: column))
    }

    /// What the lexical pass over YAML found.
    struct YAMLStructure: Equatable {
        /// The line of the first alias (`*name`).
        var firstAlias: Int?
        /// The line of the first anchor (`&name`).
        var firstAnchor: Int?
        /// The deepest nesting seen: indentation plus flow brackets plus compact `- ` entries on one line.
        var depth = 0
    }

    /// Anchors, aliases and nesting of a YAML text (see the type's summary). Quoted scalars, comments and
    /// plain scalars are skipped, so `name: Tom & Jerry` or `"*"` are not aliases.
    static func yamlStructure(_ text: String) -> YAMLStructure {
        var scanner = YAMLScanner(bytes: Array(text.utf8))
        scanner.run()
        return scanner.found
    }
}

/// The byte-level pass behind `ModelTextScan.yamlStructure`.
private struct YAMLScanner {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    var flowDepth = 0
    var found = ModelTextScan.YAMLStructure()

    init(bytes: [UInt8]) { self.bytes = bytes }

    func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }
    func isBlank(_ b: UInt8?) -> Bool { b == nil || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    mutating func run() {
        while i < bytes.count { scanLine() }
    }

    /// One line: indentation, then nodes until the end of the line.
    mutating func scanLine() {
        var indent = 0
        while at(i) == 0x20 { i += 1; indent += 1 }
        if at(i) == UInt8(ascii: "%") || (at(i) == UInt8(ascii: "-") && at(i + 1) == UInt8(ascii: "-")
                                          && at(i + 2) == UInt8(ascii: "-") && isBlank(at(i + 3))) {
            return skipToEndOfLine()
        }
        var compact = 0
        var nodeStart = true
        while let b = at(i), b != 0x0A {
            found.depth = max(found.depth, indent + flowDepth + compact)
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == UInt8(ascii: "#") { return skipToEndOfLine() }
            if nodeStart, (b == UInt8(ascii: "-") || b == UInt8(ascii: "?")), isBlank(at(i + 1)) {
                compact += 1
                i += 1
                continue
            }
            if nodeStart, b == UInt8(ascii: "&") || b == UInt8(ascii: "*") || b == UInt8(ascii: "!") {
                if !isBlank(at(i + 1)) {
                    if b == UInt8(ascii: "*"), found.firstAlias == nil { found.firstAlias = line }
                    if b == UInt8(ascii: "&"), found.firstAnchor == nil { found.firstAnchor = line }
                }
                skipToken()
                continue
            }
            if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { flowDepth += 1; i += 1; nodeStart = true; continue }
            if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { flowDepth = max(0, flowDepth - 1); i += 1; continue }
            if b == UInt8(ascii: ","), flowDepth > 0 { i += 1; nodeStart = true; continue }
            if b == UInt8(ascii: ":"), isBlank(at(i + 1)) || flowDepth > 0 { i += 1; nodeStart = true; continue }
            if nodeStart, b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { skipQuoted(b); nodeStart = false; continue }
            if nodeStart, b == UInt8(ascii: "|") || b == UInt8(ascii: ">") { return skipBlockScalar(indent: indent) }
            skipPlain()
            nodeStart = false
        }
        if at(i) == 0x0A { i += 1; line += 1 }
    }

    mutating func skipToEndOfLine() {
        while let b = at(i), b != 0x0A { i += 1 }
        if at(i) == 0x0A { i += 1; line += 1 }
    }

    /// An anchor, alias or tag name: up to a blank or a flow indicator.
    mutating func skipToken() {
        i += 1
        while let b = at(i), !isBlank(b), b != UInt8(ascii: ","), b != UInt8(ascii: "]"), b != UInt8(ascii: "}") { i += 1 }
    }

    /// A plain scalar: up to `: `, ` #`, the end of the line, or (in flow context) a flow indicator.
    mutating func skipPlain() {
        while let b = at(i), b != 0x0A {
            if b == UInt8(ascii: ":"), isBlank(at(i + 1)) || flowDepth > 0 { return }
            if b == UInt8(ascii: "#"), i > 0, isBlank(bytes[i - 1]) { return }
            if flowDepth > 0, b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { return }
            i += 1
        }
    }

    /// A quoted scalar, which may span lines; `\"` escapes in double quotes, `''` in single quotes.
    mutating func skipQuoted(_ quote: UInt8) {
        i += 1
        while let b = at(i) {
            if b == 0x0A { line += 1 }
            if quote == UInt8(ascii: "\""), b == UInt8(ascii: "\\") { i += 2; continue }
            i += 1
            if b == quote {
                if quote == UInt8(ascii: "'"), at(i) == quote { i += 1; continue }
                return
            }
        }
    }

    /// `|` or `>`: the rest of this line, then every following line indented more than `indent` (or blank).
    mutating func skipBlockScalar(indent: Int) {
        skipToEndOfLine()
        while i < bytes.count {
            var k = i, spaces = 0
            while k < bytes.count, bytes[k] == 0x20 { k += 1; spaces += 1 }
            guard k >= bytes.count || bytes[k] == 0x0A || spaces > indent else { return }
            i = k
            skipToEndOfLine()
        }
    }
}
