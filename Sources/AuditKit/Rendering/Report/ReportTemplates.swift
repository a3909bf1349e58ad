import Foundation

/// The Mustache templates and stylesheet behind HTML and Markdown reports: the built-ins from
/// `Reports/`, compiled into the binary, or those with files from a `--template-dir` in their place.
///
/// HTML templates escape every `{{value}}` for HTML; Markdown templates declare
/// `{{% CONTENT_TYPE: MARKDOWN}}` and escape every value for Markdown. Only values the view model
/// made safe (the stylesheet, chart geometry) are ever written with `{{{triple}}}` braces.
public struct ReportTemplates: Sendable {
    /// The templates a report run renders.
    public enum Name: String, CaseIterable, Sendable {
        case reportHTML = "report.html"
        case reportMarkdown = "report.md"
        case indexHTML = "index.html"
        case indexMarkdown = "index.md"
    }

    /// The stylesheet's file name in `Reports/` or a template folder.
    public static let stylesheetName = "report.css"
    static let templateExtension = ".mustache"

    let library: TemplateLibrary
    /// The base stylesheet that `ReportBranding.stylesheet` is appended to.
    let stylesheet: String

    /// No templates: for runs whose formats use none, so nothing is parsed.
    public static let none = ReportTemplates(library: TemplateLibrary(), stylesheet: "")

    private init(library: TemplateLibrary, stylesheet: String) {
        (self.library, self.stylesheet) = (library, stylesheet)
    }

    /// The templates compiled into this binary.
    /// - Throws: `Diagnostic` if a built-in template is malformed (a build of this repository
    ///   never is; a test parses them all).
    public static func builtin() throws -> ReportTemplates { try builtinResult.get() }

    private static let builtinResult = Result { try ReportTemplates(sources: builtinSources) }

    private static var builtinSources: [SourceFile] {
        EmbeddedResources.files.keys.filter { $0.hasPrefix("Reports/") }.sorted().compactMap { key in
            EmbeddedResources.files[key].map { SourceFile(path: "builtin:" + key, text: $0) }
        }
    }

    /// The built-in templates, with each file in `directory` replacing the built-in of the same
    /// name; new `*.mustache` files there become partials.
    /// - Throws: `Diagnostic` when the folder cannot be read, holds no template, or a template
    ///   does not parse.
    public static func overridden(by directory: String) throws -> ReportTemplates {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw Diagnostic(.fileUnreadable, "cannot read the template folder", file: directory)
        }
        let own = try names.filter(isTemplateFile).sorted().map { name in
            try SourceFile(reading: (directory as NSString).appendingPathComponent(name))
        }
        guard !own.isEmpty else {
            throw Diagnostic(.fileUnreadable, "the template folder holds no *.mustache file and no "
                             + stylesheetName, file: directory)
        }
        let ownNames = Set(own.map(fileName))
        return try ReportTemplates(sources: builtinSources.filter { !ownNames.contains(fileName($0)) } + own)
    }

    init(sources: [SourceFile]) throws {
        var templates: [(name: String, source: SourceFile)] = []
        var stylesheet = ""
        for source in sources {
            let name = Self.fileName(source)
            if name == Self.stylesheetName { stylesheet = source.text; continue }
            guard name.hasSuffix(Self.templateExtension) else { continue }
            templates.append((String(name.dropLast(Self.templateExtension.count)), source))
        }
        self.library = try TemplateLibrary(templates)
        self.stylesheet = stylesheet
    }

    /// Renders `context` with the template `name`; empty if the template set lacks it.
    func render(_ context: TemplateValue, with name: Name) -> String {
        library.render(name.rawValue, over: context) ?? ""
    }

    /// The UTF-8 bytes of `render`.
    func renderData(_ context: TemplateValue, with name: Name) -> Data {
        Data(library.renderBytes(name.rawValue, over: context) ?? [])
    }

    /// Whether the template set has `name`.
    func has(_ name: Name) -> Bool { library.has(name.rawValue) }

    private static func isTemplateFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(templateExtension) || name == stylesheetName)
    }

    private static func fileName(_ source: SourceFile) -> String {
        (source.path as NSString).lastPathComponent
    }
}
