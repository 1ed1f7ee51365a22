import NNVizEngine
import NNVizFigures

/// The output formats of figure files.
public enum FigureFormat: String, CaseIterable, Sendable, Comparable {
    case svg, png, pdf

    public static func < (a: FigureFormat, b: FigureFormat) -> Bool {
        FigureFormat.allCases.firstIndex(of: a) ?? 0 < FigureFormat.allCases.firstIndex(of: b) ?? 0
    }

    /// Parses "svg,png,pdf" (any order, blanks ignored); throws `ReportError.unknownFormat` on anything else.
    public static func parseList(_ text: String) throws(ReportError) -> [FigureFormat] {
        var result: [FigureFormat] = []
        for part in text.split(separator: ",") {
            let name = String(part).filter { !$0.isWhitespace }.lowercased()
            if name.isEmpty { continue }
            guard let f = FigureFormat(rawValue: name) else { throw .unknownFormat(name) }
            if !result.contains(f) { result.append(f) }
        }
        return result.sorted()
    }
}

/// How the report is written.
public struct ReportOptions: Equatable, Sendable {
    /// Figure files written next to the page (`figures/NAME.EXT`). The page always shows the figures inline as SVG.
    public var formats: [FigureFormat]
    /// PNG resolution in dots per inch (1 canvas unit = 1 pt = 1/72 in).
    public var dpi: Double
    /// One self-contained HTML file: CSS/JS inline, PNG/PDF downloads as data: URLs, no `figures/` folder.
    public var singleFile: Bool
    /// Replace a report folder even when it holds files nnviz did not write (`--force`).
    public var force: Bool

    /// The default PNG resolution.
    public static let defaultDPI = 200.0
    /// The resolutions accepted (a 60 cm figure at 1200 dpi stays under Cairo's 32,767-pixel limit).
    public static let dpiRange = 36.0...1200.0
    /// PNG pixels per canvas unit.
    public var pngScale: Double { dpi / 72 }

    public init(formats: [FigureFormat] = FigureFormat.allCases, dpi: Double = defaultDPI, singleFile: Bool = false,
                force: Bool = false) {
        self.formats = formats
        self.dpi = dpi
        self.singleFile = singleFile
        self.force = force
    }
}

/// Everything the report page shows: the model (trained, if it was), its history, the figures and skip reasons.
public struct Report: Sendable {
    public var model: Model
    public var history: LossHistory?
    /// Every figure asked for, in report order, drawn or skipped with its reason.
    public var figures: [(FigureName, FigureOutcome)]
    public var theme: FigureTheme
    /// Figures already encoded by the pipeline (each right after it was drawn, on the same core), by their index in
    /// `figures`, for these writer options; the writer encodes the others itself.
    var encoded: (options: ReportOptions, figures: [Int: Result<EncodedFigure, ReportError>])?

    public init(model: Model, history: LossHistory? = nil, figures: [(FigureName, FigureOutcome)], theme: FigureTheme = .light) {
        self.model = model
        self.history = history
        self.figures = figures
        self.theme = theme
    }

    /// Builds the figures for `context` (all kinds when `names` is nil) and wraps them in a report.
    /// Throws when a figure asked for by name does not apply.
    public static func build(_ context: FigureContext, figures names: [FigureName]? = nil) throws(FigureError) -> Report {
        Report(model: context.model, history: context.history, figures: try FigureCatalog.build(names, context), theme: context.theme)
    }

    public var drawn: [Figure] { figures.compactMap { $0.1.figure } }
    public var skipped: [(FigureName, String)] { figures.compactMap { name, o in o.skipReason.map { (name, $0) } } }
}

/// Errors of the report layer: one sentence saying what failed and where.
public enum ReportError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownFormat(String)
    case encodingFailed(figure: String, format: String, reason: String)
    case destinationNotAReport(path: String)
    /// A report folder holding files nnviz did not write (relative paths); `--force` replaces them too.
    case destinationHasOtherFiles(path: String, files: [String])
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let f):
            "Unknown figure format '\(f)'; valid formats are: \(FigureFormat.allCases.map(\.rawValue).joined(separator: ", "))."
        case .encodingFailed(let figure, let format, let reason):
            "Could not draw figure '\(figure)' as \(format.uppercased()): \(reason)"
        case .destinationNotAReport(let path):
            "'\(path)' exists and is not an nnviz report (no \(ReportWriter.markerName) inside); choose another output folder or remove it."
        case .destinationHasOtherFiles(let path, let files):
            "'\(path)' holds files nnviz did not write (\(Self.list(files))); move them elsewhere, choose another output "
                + "folder, or pass --force to replace the folder with them."
        case .writeFailed(let path, let reason):
            "Could not write the report to '\(path)': \(reason); any previous report there is unchanged."
        }
    }

    /// Up to five names, then how many more.
    static func list(_ files: [String]) -> String {
        let shown = files.prefix(5).joined(separator: ", ")
        return files.count > 5 ? shown + " and \(files.count - 5) more" : shown
    }
}
