import Foundation
import Testing
@testable import AuditKit

/// Every free-text string of a result — names, titles, rationales, reasons, paths, versions —
/// replaced by hostile markup still reaches the HTML and Markdown reports only escaped.
@Suite struct ReportEscapingTests {
    static let payloads = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                           "</style><style>*{display:none}</style>", "]]><!-- x", "<svg onload=alert(1)>",
                           // A combining mark makes `"` or `<` part of a longer character.
                           "x\"\u{301} onmouseover=alert(1) \u{301}<\u{338}img src=x>"]
    static let freeText: Set = ["name", "title", "rationale", "remediation", "message", "reason",
                                "path", "owner", "version", "justification", "approved_by", "formula",
                                "problem"]

    /// The acme result with every free-text value swapped for a payload, in turn.
    static func hostileResult() throws -> AuditResult {
        let json = JSONRenderer().render(try RendererGoldenTests.result())
        var counter = 0
        let tree = poison(try JSONSerialization.jsonObject(with: Data(json.utf8)), key: nil, counter: &counter)
        #expect(counter >= 20, "enough strings were replaced to mean something")
        let data = try JSONSerialization.data(withJSONObject: tree)
        return try JSONRenderer.decoder.decode(AuditResult.self, from: data)
    }

    static func poison(_ value: Any, key: String?, counter: inout Int) -> Any {
        switch value {
        case let object as [String: Any]:
            return object.reduce(into: [String: Any]()) { $0[$1.key] = poison($1.value, key: $1.key, counter: &counter) }
        case let array as [Any]:
            return array.map { poison($0, key: key, counter: &counter) }
        case is String where key.map(freeText.contains) == true:
            counter += 1
            return payloads[counter % payloads.count]
        default:
            return value
        }
    }

    @Test func htmlNeverContainsAPayloadRaw() throws {
        let html = ReportFormat.html.renderer(try .standard()).render(try Self.hostileResult())
        for payload in Self.payloads {
            #expect(!html.contains(payload), "raw: \(payload)")
        }
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("onload=alert(1)>"))
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("&lt;svg onload=alert(1)&gt;"))
        let bytes = Array(html.utf8)
        for mark in ["\u{301}", "\u{338}"] {
            for special in ["\"", "<", ">", "'"] {
                let raw = Self.contains(bytes, Array((special + mark).utf8))
                #expect(!raw, "\(special) before a combining mark")
            }
        }
        let escaped = Self.contains(bytes, Array("x&quot;\u{301} onmouseover=alert(1) \u{301}&lt;\u{338}img".utf8))
        #expect(escaped)
    }

    /// Whether `bytes` holds `needle`, compared byte by byte (String's own search compares
    /// characters, and a combining mark joins the character before it).
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { start in bytes[start..<start + needle.count].elementsEqual(needle) }
    }

    @Test func markdownNeverContainsAPayloadRaw() throws {
        let markdown = ReportFormat.markdown.renderer(try .standard()).render(try Self.hostileResult())
        #expect(!markdown.contains("<"), "every < in input text becomes &lt;")
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func portfolioIndexEscapesToo() throws {
        let result = try Self.hostileResult()
        let options = try RenderOptions.standard()
        for template in [ReportTemplates.Name.indexHTML, .indexMarkdown] {
            let page = PortfolioRenderer(templates: options.templates, branding: options.branding, template: template)
                .render([result])
            for payload in Self.payloads { #expect(!page.contains(payload), "\(template.rawValue): \(payload)") }
        }
    }
}
