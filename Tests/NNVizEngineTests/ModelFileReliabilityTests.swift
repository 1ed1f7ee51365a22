import Foundation
import Testing
@testable import NNVizEngine

/// One test per fault of the reliability audit (issue 13) in reading model files; each failed on the old code.
@Suite struct ModelFileReliabilityTests {
    /// A 13-line "billion laughs": 9⁹ strings once expanded.
    static let aliasBomb = """
        nnviz: 1
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func yamlAliasBombIsRefusedBeforeExpansionAtTheFirstAlias() throws {
        let error = try #require(modelError(Self.aliasBomb))
        #expect(error.kind == .syntax)
        #expect(error.line == 3)
        #expect(error.message.contains("aliases"))
    }

    @Test func plainAliasesAndMergeKeysAreRefused() throws {
        let alias = validXOR.replacingOccurrences(of: "name: xor", with: "name: &n xor\nx: *n")
        #expect(try #require(modelError(alias)).line == 3, "the line of the first alias")
        let merge = validXOR.replacingOccurrences(of: "  - activation: identity\n", with: "  - <<: *base\n    activation: identity\n")
        #expect(try #require(modelError(merge)).message.contains("aliases"))
    }

    @Test func ampersandsAndStarsInTextAreNotAliases() throws {
        for name in ["\"*quoted & text\"", "Tom & Jerry *2", "'*single'", "a # *comment", "|\n  *block text"] {
            let text = validXOR.replacingOccurrences(of: "name: xor", with: "name: \(name)")
            #expect(modelError(text) == nil, "\(name)")
        }
    }

    @Test func deepNestingIsRefusedBeforeTheRecursiveComposer() throws {
        let deep = "nnviz: 1\nname: " + String(repeating: "[", count: 100_000) + "\n"
        let error = try #require(modelError(deep))
        #expect(error.message.contains("nests deeper"))
        let json = String(repeating: "[", count: 100_000)
        #expect(try #require(modelError(json, file: "t.json", format: .json)).message.contains("nest deeper"))
    }

    @Test func duplicateKeysAreRefusedWithTheirLine() throws {
        let yaml = try #require(modelError(validXOR.replacingOccurrences(of: "name: xor", with: "name: xor\nname: again")))
        #expect(yaml.line == 2 && yaml.message.contains("`name` appears twice"))
        let json = "{\n  \"nnviz\": 1,\n  \"inputs\": 2,\n  \"inputs\": 3\n}"
        let error = try #require(modelError(json, file: "t.json", format: .json))
        #expect(error.line == 4)
        #expect(error.message.contains("`inputs` appears twice"))
    }

    @Test func jsonSyntaxErrorsHaveLineAndCharacter() throws {
        let error = try #require(modelError("{\n  \"nnviz\": 1,\n  \"inputs\": [1 2]\n}", file: "t.json", format: .json))
        #expect(error.line == 3)
        #expect(error.description == "t.json, line 3: this is not valid JSON: character 16: expected ',' or ']' in an array.")
    }

    @Test func controlCharacterIsLocatedByLineAndCharacter() throws {
        let error = try #require(modelError("nnviz: 1\nname: ab\u{7}c\ninputs: 2\n"))
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("character 9 is the control character U+0007"))
        let json = try #require(modelError("{\"nnviz\": 1,\n \"name\": \"a\u{1B}\"}", file: "t.json", format: .json))
        #expect(json.line == 2 && json.message.contains("U+001B"))
        let c1 = try #require(modelError("nnviz: 1\ninputs: 2\nname: é\u{85}\n"))
        #expect(c1.line == 3 && c1.message.hasPrefix("character 8 is the control character U+0085"))
    }

    @Test func quotedVersionIsRefused() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "nnviz: 1", with: "nnviz: \"1\"")))
        #expect(error.kind == .unsupportedVersion)
        #expect(error.message.contains("without quotes"))
    }

    @Test func modelAndInputNamesAreSanitisedForEveryBackend() throws {
        let text = validXOR.replacingOccurrences(of: "name: xor", with: "name: \"a\\x07b\\u2028c\\uFDD0d \"")
            .replacingOccurrences(of: "[x1, x2]", with: "[\"x\\t1\", x2]")
        let model = try ModelFile.parse(text, fileName: "t.yaml")
        #expect(model.network.name == "a b c d")
        #expect(model.network.inputNames == ["x 1", "x2"])
        let json = try ModelFile.parse(#"{"nnviz": 1, "name": "n\uFFFE\u0000", "inputs": 1, "layers": [{"activation": "identity", "weights": [[1]], "biases": [0]}]}"#,
                                       fileName: "t.json", format: .json)
        #expect(json.network.name == "n")
    }

    @Test func hugeInputCountsAreRefusedBeforeAllocating() throws {
        for count in ["99999999999999", "100000000"] {
            let error = try #require(modelError("nnviz: 1\ninputs: \(count)\nlayers: [{activation: identity, weights: [[1]], biases: [0]}]\n"))
            #expect(error.keyPath == "inputs")
            #expect(error.message.contains("memory budget of 2 GB"))
            #expect(error.message.contains("at most 62,500,000 inputs fit"))
        }
    }

    @Test func theBudgetIsOverridableAndScalesEveryLimit() throws {
        let small = try MemoryBudget.parse("64M", source: "test")
        #expect(small.bytes == 64_000_000)
        #expect(try MemoryBudget.parse("2GB", source: "t").bytes == 2_000_000_000)
        #expect(try MemoryBudget.parse("1.5g", source: "t").bytes == 1_500_000_000)
        #expect(throws: MemoryBudget.Problem.self) { try MemoryBudget.parse("-1G", source: "t") }
        #expect(throws: MemoryBudget.Problem.self) { try MemoryBudget.parse("1k", source: "t") }
        #expect(try MemoryBudget.fromEnvironment(["NNVIZ_MEMORY_BUDGET": "4G"]).bytes == 4_000_000_000)
        let text = "nnviz: 1\ninputs: 3000000\nlayers: [{activation: identity, weights: [[1]], biases: [0]}]\n"
        #expect(throws: ModelFileError.self) { try ModelFile.parse(text, fileName: "t.yaml", budget: small) }
        let generated = validXOR.replacingOccurrences(of: "  inputs: [[0, 0], [0, 1], [1, 0], [1, 1]]\n  targets: [0, 1, 1, 0]\n",
                                                      with: "  generate: {dataset: xor, count: 1000000}\n")
        let error = try #require(throws: ModelFileError.self) { try ModelFile.parse(generated, fileName: "t.yaml", budget: small) }
        #expect(error.keyPath == "data.generate.count")
    }

    @Test func aWideLayerIsRefusedForRenderingAndASmallOneFits() throws {
        let wide = try ModelFile.parse("nnviz: 1\ninputs: 2\nlayers: [{activation: relu, units: 20000}, {activation: sigmoid, units: 1}]\n"
                                       + "data: {generate: {dataset: xor, count: 100}}\n", fileName: "w.yaml")
        let budget = MemoryBudget(bytes: MemoryBudget.defaultBytes)
        let problem = try #require(throws: MemoryBudget.Problem.self) { try budget.checkRender(wide) }
        #expect(problem.message.contains("20,000 hidden units"))
        #expect(problem.message.contains("hidden units fit"))
        #expect(throws: Never.self) { try budget.checkRender(try ModelFile.parse(validXOR, fileName: "x.yaml")) }
        #expect(throws: Never.self) { try budget.checkTraining(wide) }
    }

    @Test func pathProblemsAreNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases: [(String, String)] = [(folder.path, "this is a folder, not a file"),
                                         (fifo, "this is a FIFO (named pipe), not a regular file"),
                                         ("/dev/null", "this is a device, not a regular file"),
                                         (folder.appendingPathComponent("missing.yaml").path, "no such file")]
        for (path, message) in cases {
            let error = try #require(throws: ModelFileError.self) { try ModelFile.load(path: path) }
            #expect(error.message == message)
            #expect(error.kind == .unreadable)
        }
        if getuid() != 0 {
            let locked = folder.appendingPathComponent("locked.yaml").path
            try validXOR.write(toFile: locked, atomically: true, encoding: .utf8)
            chmod(locked, 0)
            let error = try #require(throws: ModelFileError.self) { try ModelFile.load(path: locked) }
            #expect(error.message == "permission denied (the file is not readable)")
        }
    }

    @Test func oversizedAndNonUTF8FilesAreRefusedBeforeParsing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        try Data(repeating: 0x20, count: 3_000_000).write(to: big)
        let budget = try MemoryBudget.parse("64M", source: "t")
        let error = try #require(throws: ModelFileError.self) { try ModelFile.load(path: big.path, budget: budget) }
        #expect(error.message.hasPrefix("the file is 3 MB, more than the 2 MB nnviz reads"))
        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data("nnviz: 1\nname: caf\u{E9}".utf8.map { $0 }.prefix(18) + [0xE9, 0x0A]).write(to: latin1)
        let decoding = try #require(throws: ModelFileError.self) { try ModelFile.load(path: latin1.path) }
        #expect(decoding.message.hasPrefix("line 2, character"))
        #expect(decoding.message.contains("not UTF-8"))
    }

    @Test func extremeDomainsAndDataAreRefusedWithTheLimit() throws {
        let domain = try #require(modelError(validXOR + "domain: [[-1e308, 1e308], [0, 1]]\n"))
        #expect(domain.keyPath == "domain[0][0]" && domain.message.contains("±10⁹"))
        let data = try #require(modelError(validXOR.replacingOccurrences(of: "inputs: [[0, 0], [0, 1]", with: "inputs: [[0, 0], [0, 1e308]")))
        #expect(data.message.contains("±10⁹"))
        let narrow = try #require(modelError(validXOR + "domain: [[100000000, 100000000.00001], [0, 1]]\n"))
        #expect(narrow.message.contains("too narrow"))
        let model = try ModelFile.parse(validXOR + "domain: [[-1e9, 1e9], [-1e9, 1e9]]\n", fileName: "t.yaml")
        #expect(model.domain[0] == -1e9...1e9)
    }

    @Test(arguments: ["-1e308", "-0.1", "1e308", "101"])
    func generatorNoiseOutsideItsRangeIsRefused(noise: String) throws {
        let text = validXOR.replacingOccurrences(of: "  inputs: [[0, 0], [0, 1], [1, 0], [1, 1]]\n  targets: [0, 1, 1, 0]\n",
                                                 with: "  generate: {dataset: xor, noise: \(noise)}\n")
        let error = try #require(modelError(text))
        #expect(error.keyPath == "data.generate.noise")
        #expect(error.message.contains("from 0 to 100"))
    }
}
