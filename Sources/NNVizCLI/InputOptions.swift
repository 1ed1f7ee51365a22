import ArgumentParser
import NNVizEngine
import NNVizONNX

/// What a model file says beside its layers, given on the command line: `--domain` and `--data` for ONNX
/// files (which carry neither), `--plane` / `--line` to look at a net of any input dimension along a slice.
///
/// Use as `@OptionGroup var inputs: InputOptions` next to `ModelSource`; `ModelSource.load(…, inputs:)` applies it.
public struct InputOptions: ParsableArguments, Sendable {
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("For .onnx models: the input box, one lo,hi per input separated by ';' (e.g. \"-1,1;-2,2\").",
                                            valueName: "box"))
    public var domain: String?

    @Option(name: .long, help: ArgumentHelp("For .onnx models: a CSV data file (header row; the last column is the target).",
                                            valueName: "file"))
    public var data: String?

    @Option(name: .long, help: ArgumentHelp("For .onnx models ending in logits: put softmax (or sigmoid for one output) on the output.",
                                            valueName: "map"))
    public var outputActivation: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Show the net on the plane through three input points p0;p1;p2 (coordinates comma separated).",
                               valueName: "points"))
    public var plane: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Show the net along the line through two input points p0;p1 (t = 0 at p0, 1 at p1).",
                               valueName: "points"))
    public var line: String?

    public init() {}

    public init(domain: String? = nil, data: String? = nil, outputActivation: String? = nil, plane: String? = nil,
                line: String? = nil) {
        self.domain = domain
        self.data = data
        self.outputActivation = outputActivation
        self.plane = plane
        self.line = line
    }

    public func validate() throws {
        if plane != nil, line != nil { throw ValidationError("Give either --plane or --line, not both.") }
    }

    /// The `--domain` intervals, each two finite numbers lo < hi (the count is checked against the network).
    func domainIntervals() throws(CLIError) -> [[Double]]? {
        guard let domain else { return nil }
        var intervals: [[Double]] = []
        for (i, part) in try PointList.parts(domain, option: "--domain", example: "--domain \"-1,1;-1,1\"").enumerated() {
            let values = part.split(separator: ",", omittingEmptySubsequences: false)
                .compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.filter(\.isFinite)
            guard values.count == 2 else {
                throw CLIError("--domain interval \(i + 1) '\(part)' is not lo,hi (two finite numbers separated by ',').")
            }
            guard values[0] < values[1] else {
                throw CLIError("--domain interval \(i + 1) is [\(values[0]), \(values[1])] but needs lo < hi.")
            }
            intervals.append(values)
        }
        return intervals
    }

    /// The slice of `--plane` / `--line` for a network with `inputCount` inputs (nil when neither is given).
    func slice(inputCount: Int) throws(CLIError) -> InputSlice? {
        guard let (option, text, kind) = plane.map({ ("--plane", $0, InputSlice.Kind.plane) })
                ?? line.map({ ("--line", $0, InputSlice.Kind.line) }) else { return nil }
        var points: [[Double]] = []
        for (i, part) in try PointList.parts(text, option: option, example: "\(option) \"0,0;1,0;0,1\"").enumerated() {
            points.append(try PointList.coordinates(part, index: i, inputCount: inputCount, option: option))
        }
        let slice = InputSlice(kind: kind, points: points)
        do {
            _ = try SliceFrame(slice, inputCount: inputCount)
        } catch {
            throw CLIError("\(option) \"\(text)\": \(error.message).")
        }
        return slice
    }
}

extension ModelSource {
    /// Loads the model (a model file, an `.onnx` file or an example) and applies `inputs`: `--domain` and
    /// `--data` for ONNX files, then `--plane` / `--line` (replacing the file's `plane:` / `line:`).
    public func load(overrides: ModelFile.Overrides = .init(), inputs: InputOptions) throws -> Model {
        var loaded: Model
        if let path = model, ONNXModelFile.isONNX(path) {
            loaded = try ONNXModelFile.load(path: path, domain: try inputs.domainIntervals(), dataCSV: inputs.data,
                                            outputMap: inputs.outputActivation, overrides: overrides)
        } else {
            if inputs.domain != nil || inputs.data != nil || inputs.outputActivation != nil {
                throw CLIError("--domain, --data and --output-activation apply to .onnx models; a model file gives them "
                               + "as `domain:`, `data:` and `onnx: {file:, output:}`.")
            }
            loaded = try load(overrides: overrides)
        }
        if let slice = try inputs.slice(inputCount: loaded.network.inputCount) { loaded.slice = slice }
        return loaded
    }
}
