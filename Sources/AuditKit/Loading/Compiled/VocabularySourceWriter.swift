/// The Swift file for the compiled metric vocabulary.
struct VocabularySourceWriter {
    let vocabulary: MetricVocabulary
    let source: SourceFile
    /// The embedded path, e.g. `Checklists/metric-categories.yaml`.
    let path: String
    /// The generated enum's name.
    let type: String

    /// The file's text.
    var text: String {
        let writer = ModelLiteralWriter(file: source.path)
        let categories = vocabulary.categories.map { "            " + writer.category($0) + "," }
        return CatalogCompiler.header(from: path)
            + "/// The metric vocabulary, compiled from `\(path)`.\n"
            + "enum \(type) {\n"
            + CompiledTypeParts.members(path: path, source: source, make: "vocabulary")
            + "    static func vocabulary() -> MetricVocabulary {\n"
            + "        MetricVocabulary(categories: [\n" + categories.joined(separator: "\n") + "\n        ])\n"
            + "    }\n}\n"
    }
}
