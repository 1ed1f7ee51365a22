import Foundation

/// Names from a model file (the model's `name`, input names) made safe for every backend at load time.
///
/// Contract: control characters (C0 including tab and newline, DEL, C1), line and paragraph separators and
/// Unicode noncharacters (U+FDD0–U+FDEF and every U+xFFFE / U+xFFFF, which Cairo's PDF metadata refuses) each
/// become one space, and whitespace at both ends is trimmed. Text without such characters only loses end spaces.
public enum DisplayName {
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isUnsafe(scalar) ? " " : scalar) }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// True for the scalars `clean` replaces.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { return true }
        return (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
    }
}
