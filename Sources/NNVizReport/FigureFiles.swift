import Foundation
import NNVizCairo
import NNVizFigures
import NNVizSVG

/// One figure encoded for the report: its SVG text (inlined in the page) and the bytes of every requested file.
struct EncodedFigure {
    var figure: Figure
    var svg: String
    /// (format, bytes) in `FigureFormat` order.
    var files: [(FigureFormat, Data)]

    /// Encodes `figure` as SVG (own writer, text stays text), PNG (Cairo, at `scale`) and PDF (Cairo, pinned date).
    init(_ figure: Figure, formats: [FigureFormat], scale: Double) throws(ReportError) {
        self.figure = figure
        svg = SVGWriter.render(figure.scene, idPrefix: figure.name.rawValue)
        files = []
        for format in formats.sorted() {
            do {
                switch format {
                case .svg: files.append((format, Data(svg.utf8)))
                case .png: files.append((format, try CairoRenderer.png(figure.scene, scale: scale)))
                case .pdf: files.append((format, try CairoRenderer.pdf(figure.scene)))
                }
            } catch {
                throw .encodingFailed(figure: figure.name.rawValue, format: format.rawValue, reason: "\(error)")
            }
        }
    }

    /// The file name of one format, e.g. `graph.png`.
    func fileName(_ format: FigureFormat) -> String { figure.name.rawValue + "." + format.rawValue }

    /// MIME types for data: URLs.
    static func mime(_ format: FigureFormat) -> String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        }
    }

    /// Encodes every drawn figure of `report`; a figure that fails in any format is turned into a skipped one
    /// whose reason says what failed and what to try, so the rest of the report is still written.
    static func encodeEach(_ report: inout Report, options: ReportOptions) -> [EncodedFigure] {
        let drawn = report.figures.enumerated().compactMap { i, entry in entry.1.figure.map { (index: i, figure: $0) } }
        let cached = report.encoded?.options == options ? report.encoded?.figures ?? [:] : [:]
        let results = ParallelMap.map(drawn.count) { k -> Result<EncodedFigure, ReportError> in
            cached[drawn[k].index] ?? encode(drawn[k].figure, options: options)
        }
        var encoded: [EncodedFigure] = []
        for (k, result) in results.enumerated() {
            switch result {
            case .success(let e): encoded.append(e)
            case .failure(let error):
                let hint = options.formats.contains(.png) ? " Try a lower --dpi, a smaller --size, or --format svg,pdf." : ""
                report.figures[drawn[k].index].1 = .skipped(reason: "\(error.description)\(hint)")
            }
        }
        return encoded
    }

    /// One figure in every format of `options`, or the error that stopped it.
    static func encode(_ figure: Figure, options: ReportOptions) -> Result<EncodedFigure, ReportError> {
        Result { () throws(ReportError) in try EncodedFigure(figure, formats: options.formats, scale: options.pngScale) }
    }
}
