/// Parsed templates by name, none of which includes itself through its partials.
struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateToken]] = [:]

    /// Longer chains of partials including partials are refused, as rendering recurses along them.
    static let maximumChain = 32

    /// No templates.
    init() {}

    /// Parses each template; a template is found by its name, as a partial too.
    /// - Throws: `Diagnostic` at the first fault of a template, or at a partial tag through
    ///   which a template includes itself.
    init(_ sources: [(name: String, source: SourceFile)]) throws {
        for (name, source) in sources {
            do {
                templates[name] = try TemplateParser.parse(source.text)
            } catch let error as TemplateSyntaxError {
                throw Self.diagnostic(error, in: source)
            }
        }
        let files = Dictionary(sources.map { ($0.name, $0.source) }, uniquingKeysWith: { $1 })
        var heights: [String: Int] = [:]
        for name in templates.keys.sorted() {
            _ = try height(of: name, trail: [name], files: files, heights: &heights)
        }
    }

    /// Whether the library has a template called `name`.
    func has(_ name: String) -> Bool { templates[name] != nil }

    /// `name` rendered over `root`, or nil if the library lacks it.
    func render(_ name: String, over root: TemplateValue) -> String? {
        renderBytes(name, over: root).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of `render`.
    func renderBytes(_ name: String, over root: TemplateValue) -> [UInt8]? {
        guard let tokens = templates[name] else { return nil }
        var run = TemplateRun(root: root, partials: templates)
        run.render(tokens, frame: TemplateRun.Frame())
        return run.output
    }

    /// How many partials deep rendering `name` goes. Refuses a partial tag that leads back to a
    /// template on `trail` (rendering would never end) or that makes the chain too long.
    /// `heights` holds the templates already measured.
    private func height(of name: String, trail: [String], files: [String: SourceFile],
                        heights: inout [String: Int]) throws -> Int {
        if let known = heights[name] { return known }
        var height = 0
        for call in Self.partialCalls(in: templates[name] ?? []) where templates[call.name] != nil {
            var message = "{{> \(call.name)}} includes itself (\((trail + [call.name]).joined(separator: " → ")))"
            if !trail.contains(call.name) {
                let below = try self.height(of: call.name, trail: trail + [call.name], files: files, heights: &heights)
                height = max(height, below + 1)
                guard height > Self.maximumChain else { continue }
                message = "partials include each other more than \(Self.maximumChain) deep"
            }
            let error = TemplateSyntaxError(message, at: call.offset)
            throw files[name].map { Self.diagnostic(error, in: $0) } ?? Diagnostic(.templateSyntax, message, file: name)
        }
        heights[name] = height
        return height
    }

    private static func partialCalls(in tokens: [TemplateToken]) -> [TemplatePartialCall] {
        tokens.flatMap { token -> [TemplatePartialCall] in
            switch token {
            case .partial(let call): [call]
            case .section(_, _, let body): partialCalls(in: body)
            case .text, .variable, .contentType: []
            }
        }
    }

    private static func diagnostic(_ error: TemplateSyntaxError, in source: SourceFile) -> Diagnostic {
        let (line, column) = TemplateSyntaxError.position(of: error.offset, in: Array(source.text.utf8))
        return source.diagnostic(.templateSyntax, "template error: \(error.message)", line: line, column: column)
    }
}
