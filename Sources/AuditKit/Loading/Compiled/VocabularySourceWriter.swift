/// The Swift file for the compiled metric vocabulary.
struct VocabularySourceWriter {
    let vocabulary: MetricVocabulary
    let type: CompiledType

    /// The file.
    var file: CatalogCompiler.File {
        let writer = ModelLiteralWriter(file: type.source.path)
        let categories = vocabulary.categories.map { "            " + writer.category($0) + "," }
        return type.file("/// The metric vocabulary, compiled from `\(type.path)`.\n"
            + "enum \(type.name) {\n"
            + type.members(make: "vocabulary")
            + "    static func vocabulary() -> MetricVocabulary {\n"
            + "        MetricVocabulary(categories: [\n" + categories.joined(separator: "\n") + "\n        ])\n"
            + "    }\n}\n")
    }
}
