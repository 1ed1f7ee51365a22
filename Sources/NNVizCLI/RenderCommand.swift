import ArgumentParser
import Foundation
import NNVizEngine
import NNVizFigures
import NNVizReport

extension FigureTheme.Name: ExpressibleByArgument {}

extension FigureSize: ExpressibleByArgument {
    /// `column`, `page`, `slide` or a length with its unit (`8cm`); nil (ArgumentParser's error) otherwise.
    public init?(argument: String) {
        guard let size = try? FigureSize.parse(argument) else { return nil }
        self = size
    }
    public static var allValueStrings: [String] { presets.map(\.name) }
    public var defaultValueDescription: String { FigureSize.presets.first { $0.size == self }?.name ?? label }
}

/// `--weights`: weight values on the graph's links.
public enum WeightLabelsChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, on, off
}

/// `--loss-scale`: the loss axis.
public enum LossScaleChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, log, linear
}

/// `nnviz render [MODEL | --example NAME]`: trains when the model asks for it, then writes the HTML report
/// with every figure that applies and prints the path of the page.
public struct RenderCommand: ParsableCommand {
    /// The example rendered when no model is given.
    public static let defaultExample = "spiral"

    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw every figure that applies to a model into a static HTML report (SVG, PNG and PDF files).",
        discussion: """
            With no model, renders the built-in example '\(defaultExample)'. A model with a train: block (or with \
            layers given without weights) is trained first; a trained model file (with the trained: block that \
            `nnviz train --output` writes) is drawn as it is, with its recorded loss history, unless --retrain. \
            The report is built in a temporary folder and moved \
            into place, so a failure leaves any previous report untouched. Figure names: \(FigureName.validNames).

            Examples:
              nnviz render
              nnviz render --example xor-relu -o xor-report
              nnviz render model.yaml --figures graph,activations --format svg,pdf --theme print
              nnviz render --example sine --single-file -o sine
            """)

    @Argument(help: ArgumentHelp("A model file (.yaml, .yml or .json); default: the built-in example '\(defaultExample)'.",
                                 valueName: "model"))
    public var model: String?

    @Option(name: .long, help: ArgumentHelp("A built-in example instead of a file (list them with `nnviz examples`).", valueName: "name"))
    public var example: String?

    @OptionGroup public var inputs: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The report folder.", valueName: "dir"))
    public var output: String = "report"

    @Option(name: .long, help: ArgumentHelp("Figure files to write, comma separated: svg, png, pdf.", valueName: "list"))
    public var format: String = "svg,png,pdf"

    @Option(name: .long, help: ArgumentHelp("Only these figures, comma separated (each must apply to the model).", valueName: "list"))
    public var figures: String?

    @Option(name: .long, help: ArgumentHelp("Print size the figures are laid out for: column (8.5 cm), page (16 cm) or slide (25 cm).",
                                            valueName: "size"))
    public var size: FigureSize = .page

    @Option(name: .long, help: ArgumentHelp("Figure width instead of --size: 8cm, 80mm, 3.3in or 240pt (3 cm to 60 cm).",
                                            valueName: "length"))
    public var width: FigureSize?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("PNG resolution in dots per inch (36 to 1200).", valueName: "dpi"))
    public var dpi: Double = ReportOptions.defaultDPI

    @Option(name: .long, help: ArgumentHelp("Colours: light, or print (survives grayscale; negative weights dashed).", valueName: "theme"))
    public var theme: FigureTheme.Name = .light

    @Flag(name: .long, help: "Write one self-contained HTML file (figures inline, downloads as data: URLs).")
    public var singleFile = false

    @Flag(name: .long, help: "Leave out the small plot of every unit's output inside the network graph.")
    public var noMiniPlots = false

    @Option(name: .long, help: ArgumentHelp("Weight values on the graph's links: auto (up to 30 links, and only when the labels fit at the size), on, off.", valueName: "when"))
    public var weights: WeightLabelsChoice = .auto

    @Flag(name: .long, help: "Train a trained model file anew from its recorded starting weights and settings (trained: block) instead of drawing its recorded run.")
    public var retrain = false

    @Option(name: .long, help: ArgumentHelp("Loss axis: auto (log when the losses span over two decades), log, linear.", valueName: "scale"))
    public var lossScale: LossScaleChoice = .auto

    @OptionGroup public var regionLimit: RegionLimitOption

    @Flag(name: .long, help: "Replace the report folder even when it holds files nnviz did not write.")
    public var force = false

    @Option(name: .long, help: ArgumentHelp("The memory nnviz may use, e.g. 512M or 4G (default 2G, or $NNVIZ_MEMORY_BUDGET); "
                                            + "larger models are refused up front.", valueName: "size"))
    public var memoryBudget: String?

    public init() {}

    public func validate() throws {
        if model != nil, example != nil { throw ValidationError("Give either a model file or --example NAME, not both.") }
        if let example, BuiltInExamples.named(example) == nil {
            throw ValidationError("There is no built-in example called '\(example)'; choose one of \(BuiltInExamples.names.joined(separator: ", ")).")
        }
        do { _ = try FigureName.parseList(figures ?? "") } catch { throw ValidationError(error.description) }
        do {
            if try FigureFormat.parseList(format).isEmpty { throw ValidationError("--format needs at least one of svg, png, pdf.") }
        } catch let error as ReportError { throw ValidationError(error.description) }
        _ = try ModelSource.budget(memoryBudget)
        guard dpi.isFinite, ReportOptions.dpiRange.contains(dpi) else {
            throw ValidationError("--dpi must be from \(Int(ReportOptions.dpiRange.lowerBound)) to \(Int(ReportOptions.dpiRange.upperBound)) (got \(dpi)).")
        }
    }

    public func run() throws {
        let page = try render { FileHandle.standardOutput.write(Data($0.utf8)) }
        print(page.path)
    }

    /// The figure options the flags ask for.
    public var figureOptions: FigureOptions {
        FigureOptions(showWeights: weights == .auto ? nil : weights == .on, miniPlots: !noMiniPlots,
                      logLoss: lossScale == .auto ? nil : lossScale == .log)
    }

    /// Does the work of `run()`, sending progress text to `say`; returns the page's URL.
    public func render(say: (String) -> Void = { _ in }) throws -> URL {
        let source = ModelSource(model: model, example: model == nil ? (example ?? Self.defaultExample) : nil,
                                 memoryBudget: memoryBudget)
        let destination = try ReportDestination.prepare(URL(fileURLWithPath: output), force: force)
        let loaded = regionLimit.applied(to: try source.load(inputs: inputs), budget: try ModelSource.budget(memoryBudget))
        do { try ModelSource.budget(memoryBudget).checkRender(loaded) } catch let error as MemoryBudget.Problem {
            throw CLIError("\(source.displayName): \(error.message).")
        }
        let names = try figures.map { list throws(FigureError) in try FigureName.parseList(list) }
        if RenderPipeline.wantsTraining(loaded, retrain: retrain) {
            try TrainRun.checkHasData(loaded, source: source.displayName)
        }
        var printer = ProgressPrinter()
        let figureCount = names?.count ?? FigureName.allCases.count
        var drawn = 0
        let options = ReportOptions(formats: try FigureFormat.parseList(format), dpi: dpi, singleFile: singleFile,
                                    force: force)
        var first = Self.initialReport(loaded, retrain: retrain), last: EpochReport?
        func onStage(_ stage: PipelineStage) {
            switch stage {
            case .training(let epochs): say("training \(loaded.name) (\(source.displayName)) for \(epochs) epochs\n")
            case .analysing: say("analysing \(loaded.name): regions, unit activity, field sample\n")
            case .drawing(let name):
                drawn += 1
                say("drawing \(name.rawValue) (\(drawn)/\(figureCount))\n")
            case .writing: say("writing the report to \(output)\n")
            }
        }
        func onEpoch(_ report: EpochReport) {
            first = first ?? report
            last = report
            if let text = printer.text(for: report) { say(text) }
        }
        // With a plane: / line: slice the full model is trained first and the sliced model, which carries the run's
        // record (sliced snapshots), is drawn as it is.
        let toDraw = loaded.slice == nil ? loaded
            : try SlicedRender.trainedAndSliced(loaded, retrain: retrain, stage: onStage, progress: onEpoch)
        let page = try RenderPipeline.render(toDraw, figures: names, to: destination,
                                             theme: .named(theme, size: width ?? size), figureOptions: figureOptions,
                                             options: options, retrain: retrain && loaded.slice == nil,
                                             stage: onStage, progress: onEpoch)
        if let first, let last, let warning = TrainRun.worseningWarning(from: first, to: last, model: loaded) {
            FileHandle.standardError.write(Data(warning.utf8))
        }
        return page
    }

    /// The loss before training (epoch 0), so a render's warning compares the run's end with its start.
    static func initialReport(_ model: Model, retrain: Bool) -> EpochReport? {
        guard RenderPipeline.wantsTraining(model, retrain: retrain), let data = model.data, data.count > 0 else { return nil }
        let loss = (model.training ?? .defaults(for: model.network)).loss
        guard let value = try? model.network.loss(inputs: data.inputs, targets: data.targets, loss: loss) else { return nil }
        return EpochReport(epoch: 0, epochs: 0, trainLoss: value, trainAccuracy: nil)
    }
}
