/// Builds a SARIF `reportingDescriptor` from a control's result.
enum SARIFRuleBuilder {
    /// The rule for `control`.
    static func rule(_ control: ControlResult) -> SARIF.Rule {
        SARIF.Rule(
            id: control.id,
            name: pascalCase(control.title) ?? control.id,
            shortDescription: SARIF.Text(text: control.title.flattened),
            fullDescription: SARIF.Text(text: control.rationale.flattened),
            help: help(control),
            defaultConfiguration: SARIF.Configuration(level: control.severity.sarifLevel),
            properties: SARIF.RuleProperties(
                severity: control.severity.rawValue, area: control.area.rawValue,
                requirement: control.requirement, refs: control.refs,
                tags: distinct(["security", "child-safety", control.area.rawValue,
                                control.severity.rawValue]),
                securitySeverity: control.severity.securitySeverity))
    }

    /// The remediation as text, and as Markdown with the references listed.
    private static func help(_ control: ControlResult) -> SARIF.Text {
        let fix = control.remediation.flattened
        var markdown = "**How to fix:** " + fix.markdownEscaped
        if !control.refs.isEmpty {
            markdown += "\n\n**References:** " + control.refs.map { "`\($0)`" }.joined(separator: ", ")
        }
        return SARIF.Text(text: fix, markdown: markdown)
    }

    /// "Input filters block prompts" → "InputFiltersBlockPrompts"; nil when the title has no
    /// letters or digits.
    static func pascalCase(_ title: String) -> String? {
        if title.utf8.allSatisfy({ $0 < 0x80 }) { return asciiPascalCase(title) }
        let words = title.split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? nil : name
    }

    /// `pascalCase` for ASCII text, byte by byte: words are runs of letters and digits.
    private static func asciiPascalCase(_ title: String) -> String? {
        var name: [UInt8] = []
        var wordStart = true
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                name.append(wordStart ? byte - 32 : byte)
                wordStart = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                name.append(byte)
                wordStart = false
            default:
                wordStart = true
            }
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
