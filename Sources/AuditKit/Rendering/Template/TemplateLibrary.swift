/// Parsed templates by name, none of which includes itself through its partials.
struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateToken]] = [:]

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
        var checked = Set<String>()
        for name in templates.keys.sorted() {
            try checkNoCycle(from: name, trail: [name], files: files, checked: &checked)
        }
    }

    /// Whether the library has a template called `name`.
    func has(_ name: String) -> Bool { templates[name] != nil }

    /// `name` rendered over `root`, or nil if the library lacks it.
    func render(_ name: String, over root: TemplateValue) -> String? {
        guard let tokens = templates[name] else { return nil }
        var run = TemplateRun(root: root, partials: templates)
        run.render(tokens, frame: TemplateRun.Frame())
        return String(decoding: run.output, as: UTF8.self)
    }

    /// Refuses a partial tag that leads back to a template on `trail`, which would never end.
    /// `checked` holds the templates already known to lead to no cycle.
    private func checkNoCycle(from name: String, trail: [String], files: [String: SourceFile],
                              checked: inout Set<String>) throws {
        guard !checked.contains(name) else { return }
        for call in Self.partialCalls(in: templates[name] ?? []) where templates[call.name] != nil {
            if trail.contains(call.name) {
                let cycle = (trail + [call.name]).joined(separator: " → ")
                let error = TemplateSyntaxError("{{> \(call.name)}} includes itself (\(cycle))", at: call.offset)
                throw files[name].map { Self.diagnostic(error, in: $0) } ?? Diagnostic(.templateSyntax, error.message, file: name)
            }
            try checkNoCycle(from: call.name, trail: trail + [call.name], files: files, checked: &checked)
        }
        checked.insert(name)
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
