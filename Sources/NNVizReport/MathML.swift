import enum NNVizScene.MarkupEscape
import NNVizEngine
import NNVizFigures

/// Small MathML builders for the model's equations. Every identifier text is HTML-escaped.
enum MathML {
    static let maxEntries = 8

    static func mi(_ s: String) -> String { "<mi>\(MarkupEscape.escape(s))</mi>" }
    static func mo(_ s: String) -> String { "<mo>\(MarkupEscape.escape(s))</mo>" }
    static func mn(_ v: Double) -> String { "<mn>\(LabelFormat.short(v, digits: 4))</mn>" }
    static func sup(_ base: String, _ script: String) -> String { "<msup>\(mi(base))\(mi(script))</msup>" }
    /// base with a subscript and a superscript: u^H_1.
    static func subsup(_ base: String, sub: String, sup: String) -> String {
        "<msubsup>\(mi(base))\(mn(sub))\(mi(sup))</msubsup>"
    }
    static func mn(_ text: String) -> String { "<mn>\(MarkupEscape.escape(text))</mn>" }
    static func row(_ parts: [String]) -> String { "<mrow>" + parts.joined() + "</mrow>" }
    static func block(_ parts: [String], label: String) -> String {
        "<math display=\"block\" aria-label=\"\(MarkupEscape.escape(label))\">" + row(parts) + "</math>"
    }

    /// A matrix of MathML cells; the square brackets are drawn by CSS (`.bmatrix`), because bracket stretching
    /// needs a font with a MATH table, which a reader's machine may lack.
    static func matrix(_ cells: [[String]]) -> String {
        let rows = cells.map { "<mtr>" + $0.map { "<mtd>\($0)</mtd>" }.joined() + "</mtr>" }.joined()
        return "<mrow class=\"bmatrix\"><mtable>\(rows)</mtable></mrow>"
    }

    /// The indices shown of `n` entries: all up to `maxEntries`, else the first `maxEntries − 2`, a gap (nil), the last.
    static func shown(_ n: Int) -> [Int?] {
        n <= maxEntries ? Array(0..<n) : Array(0..<(maxEntries - 2)) + [nil, n - 1]
    }

    /// A numeric matrix, rows and columns elided past `maxEntries` with ⋮ / ⋯ / ⋱.
    static func numbers(_ m: Matrix) -> String {
        let rows = shown(m.rows), cols = shown(m.columns)
        return matrix(rows.map { r in
            cols.map { c in
                switch (r, c) {
                case let (r?, c?): mn(m[r, c])
                case (nil, nil): mo("⋱")
                case (nil, _): mo("⋮")
                case (_, nil): mo("⋯")
                }
            }
        })
    }

    /// A column vector of numbers or symbols, elided past `maxEntries`.
    static func column(_ entries: [String]) -> String {
        matrix(shown(entries.count).map { [$0.map { entries[$0] } ?? mo("⋮")] })
    }
}
