import Foundation

/// The physical width a figure is laid out for (1 canvas unit = 1 pt): `--size column|page|slide` or
/// `--width LENGTH`. Figures fill exactly this width; their height follows from their content.
///
/// Contract: `column` 8.5 cm, `page` 16 cm, `slide` 25 cm. The smallest text is `minimumTextSize` points:
/// 7 pt on paper, 14 pt on slides (widths of 20 cm and more use the slide typography).
public struct FigureSize: Equatable, Sendable, CustomStringConvertible {
    /// Width in points (1/72 in).
    public var width: Double
    /// What the user asked for, for captions and the report ("column, 8.5 cm").
    public var label: String

    public init(width: Double, label: String) {
        self.width = width
        self.label = label
    }

    public static let pointsPerCentimetre = 72 / 2.54
    public static let column = FigureSize(width: 8.5 * pointsPerCentimetre, label: "column, 8.5 cm")
    public static let page = FigureSize(width: 16 * pointsPerCentimetre, label: "page, 16 cm")
    public static let slide = FigureSize(width: 25 * pointsPerCentimetre, label: "slide, 25 cm")

    /// The presets by name.
    public static let presets: [(name: String, size: FigureSize)] = [("column", .column), ("page", .page), ("slide", .slide)]

    /// The width in centimetres.
    public var centimetres: Double { width / Self.pointsPerCentimetre }
    /// True for slide typography (14 pt and up).
    public var isSlide: Bool { centimetres >= 20 - 1e-9 }
    /// The smallest text size allowed at this width, in points.
    public var minimumTextSize: Double { isSlide ? 14 : 7 }

    public var description: String { label }

    /// The narrowest and widest widths accepted, in points (3 cm … 60 cm).
    public static let widthRange = (3 * pointsPerCentimetre)...(60 * pointsPerCentimetre)

    /// Parses a preset name (`column`) or a length with its unit: `8cm`, `80mm`, `3.3in`, `240pt`.
    /// Throws `FigureSizeError` naming the text and what is expected.
    public static func parse(_ text: String) throws(FigureSizeError) -> FigureSize {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let preset = presets.first(where: { $0.name == t }) { return preset.size }
        let units: [(String, Double)] = [("cm", pointsPerCentimetre), ("mm", pointsPerCentimetre / 10), ("in", 72), ("pt", 1)]
        guard let (unit, factor) = units.first(where: { t.hasSuffix($0.0) }),
              let value = Double(t.dropLast(unit.count).trimmingCharacters(in: .whitespaces)), value.isFinite
        else { throw .unreadable(text) }
        let points = value * factor
        guard widthRange.contains(points) else { throw .outOfRange(text) }
        return FigureSize(width: points, label: text.trimmingCharacters(in: .whitespaces))
    }
}

/// Why a size or width could not be read.
public enum FigureSizeError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .unreadable(let t):
            "Cannot read the width '\(t)': expected column, page, slide, or a number with a unit: 8cm, 80mm, 3.3in or 240pt."
        case .outOfRange(let t):
            "The width '\(t)' is outside what nnviz lays out: give a width from 3 cm to 60 cm."
        }
    }
}
