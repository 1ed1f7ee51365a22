import enum NNVizScene.MarkupEscape
import enum NNVizFormat.NumberFormat
import Foundation
import NNVizEngine
import NNVizFigures
import Plot

/// The report page (index.html), built with Plot. Static and offline: no external URL, no analytics, no date.
///
/// Figures are inlined as SVG (so report.js can highlight a unit's links on hover); each figure's `<svg>` carries
/// `role="img"` with its title and alt text as `<title>`/`<desc>`. Every string that comes from the model is
/// escaped with `MarkupEscape` (Plot does not escape attribute values).
enum ReportPage {
    static func html(_ report: Report, figures: [EncodedFigure], options: ReportOptions) -> String {
        let name = report.model.name
        let head: Node<HTML.DocumentContext> = .head(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .meta(.name("generator"), .content("nnviz")),
            .element(named: "title", nodes: [.raw(MarkupEscape.escape(name) + " — nnviz report")]),
            options.singleFile ? .style(EmbeddedAssets.css) : .link(.rel(.stylesheet), .href("assets/report.css")))
        let script: Node<HTML.BodyContext> = options.singleFile
            ? .element(named: "script", nodes: [.raw(EmbeddedAssets.js)])
            : .element(named: "script", nodes: [.attribute(named: "src", value: "assets/report.js")])
        let body: Node<HTML.DocumentContext> = .body(
            .main(
                header(report),
                contents(report, figures: figures),
                modelSection(report),
                equationsSection(report.model.network),
                trainingSection(report),
                figuresSection(figures, size: report.theme.size, options: options),
                skippedSection(report),
                .footer(.p("Made with nnviz: a static page with no external resources. Figures: SVG (text stays text), PNG and PDF."))),
            script)
        return HTML(.lang(.english), head, body).render(indentedBy: .spaces(1)) + "\n"
    }

    static func safe(_ s: String) -> Node<HTML.BodyContext> { .raw(MarkupEscape.escape(s)) }

    static func header(_ report: Report) -> Node<HTML.BodyContext> {
        let net = report.model.network
        let shape = ([net.inputCount] + net.layers.map(\.units)).map(String.init).joined(separator: " → ")
        let trained = report.history.map { ", trained for \($0.epochs) epochs" } ?? ""
        return .header(.class("report-header"), .h1(safe(report.model.name)),
                       .p(safe("nnviz report · \(shape) units · \(net.parameterCount) parameters\(trained)")))
    }

    static func contents(_ report: Report, figures: [EncodedFigure]) -> Node<HTML.BodyContext> {
        var links: [Node<HTML.BodyContext>] = [.a(.href("#model"), "Model"), .a(.href("#equations"), "Equations")]
        if report.history != nil { links.append(.a(.href("#training"), "Training")) }
        links += figures.map { .a(.href("#figure-\($0.figure.name.rawValue)"), .text($0.figure.name.title)) }
        if !report.skipped.isEmpty { links.append(.a(.href("#skipped"), "Not drawn")) }
        return .nav(.class("contents"), .attribute(named: "aria-label", value: "Contents"), .group(links))
    }

    static func modelSection(_ report: Report) -> Node<HTML.BodyContext> {
        .section(.id("model"), .h2("Model"), ModelSummary.table(report.model), ModelSummary.facts(report.model))
    }

    static func equationsSection(_ network: Network) -> Node<HTML.BodyContext> {
        let lines = Equations.lines(network)
        return .section(.id("equations"), .h2("Equations"),
                        .p("Each layer computes z = W·a + b with W of shape units × inputs (row j holds the weights into unit j), then applies its activation."),
                        .group(lines.map { line in
                            .div(.class("equation"), .raw(line.symbolic), .raw(line.numeric), .raw(line.activation))
                        }))
    }

    static func trainingSection(_ report: Report) -> Node<HTML.BodyContext> {
        guard let facts = ModelSummary.training(report.model, history: report.history) else { return .empty }
        return .section(.id("training"), .h2("Training"), facts)
    }

    static func figuresSection(_ figures: [EncodedFigure], size: FigureSize, options: ReportOptions) -> Node<HTML.BodyContext> {
        let png = options.formats.contains(.png) ? "; PNG files at \(Int(options.dpi.rounded())) dpi" : ""
        let sizeNote = "Figures are laid out for \(size.label) wide (text at least \(Int(size.minimumTextSize)) pt)\(png). " +
            "Change it with --size column|page|slide or --width."
        return .section(.id("figures"), .h2("Figures"), .p(.class("figure-size"), safe(sizeNote)),
                        .group(figures.map { figureNode($0, options: options) }))
    }

    static func figureNode(_ e: EncodedFigure, options: ReportOptions) -> Node<HTML.BodyContext> {
        let name = e.figure.name.rawValue
        let links: [Node<HTML.BodyContext>] = e.files.map { format, data in
            let href = options.singleFile ? "data:\(EncodedFigure.mime(format));base64," + data.base64EncodedString()
                                          : "figures/" + e.fileName(format)
            return .element(named: "a", nodes: [.attribute(named: "href", value: href),
                                                .attribute(named: "download", value: e.fileName(format)),
                                                .text(format.rawValue.uppercased())])
        }
        return .element(named: "figure", nodes: [
            .attribute(named: "id", value: "figure-\(name)"), .class("nnviz-figure"),
            .h3(.text(e.figure.name.title)),
            .div(.class("figure-art"), .attribute(named: "style", value: "--w: \(NumberFormat.coordinate(e.figure.scene.width))pt"),
                 .raw(e.svg)),
            .element(named: "figcaption", nodes: [safe(e.figure.caption)]),
            links.isEmpty ? .empty : .p(.class("downloads"), "Download:", .group(links)),
        ])
    }

    static func skippedSection(_ report: Report) -> Node<HTML.BodyContext> {
        let skipped = report.skipped
        guard !skipped.isEmpty else { return .empty }
        return .section(.id("skipped"), .h2("Not drawn"), .p("Figures not drawn, with the reason (a figure kind that does not apply to this model, or one that could not be drawn):"),
                        .ul(.class("skipped"), .group(skipped.map { name, reason in
                            .li(.code(.text(name.rawValue)), .text(": "), safe(reason))
                        })))
    }
}
