import Crypto
import Foundation

/// What every HTML page shares: branding, the stylesheet and the Content-Security-Policy hash
/// that lets that one inline stylesheet, and nothing else, apply.
struct PageView: Sendable, Encodable {
    let organisation: String?
    let logo: String?
    /// The built-in stylesheet followed by the branding's, made unable to close its element.
    let css: String
    /// `sha256-…` of `css`, for the CSP `style-src`.
    let styleHash: String
    let generator: String

    init(branding: ReportBranding, baseStylesheet: String, tool: ToolInfo) {
        organisation = branding.organisation
        logo = branding.logo?.dataURI
        css = Self.contained([baseStylesheet, branding.stylesheet].compactMap { $0 }
            .joined(separator: "\n"))
        styleHash = "sha256-" + Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
        generator = "\(tool.name) \(tool.version)"
    }

    /// CSS that cannot end its `<style>` element early: `</` becomes the CSS escape `<\/`.
    static func contained(_ css: String) -> String {
        // A stylesheet with no `</` is kept as it is, found in one pass without a copy.
        let slash = UInt8(ascii: "/"), open = UInt8(ascii: "<")
        let closes = css.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.dropFirst().contains { bytes[$0] == slash && bytes[$0 - 1] == open }
        }
        if closes == false { return css }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(css.utf8.count)
        for byte in css.utf8 {
            if byte == UInt8(ascii: "/"), bytes.last == UInt8(ascii: "<") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension PageView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "organisation": .optional(organisation), "logo": .optional(logo), "css": .text(css),
            "styleHash": .text(styleHash), "generator": .text(generator),
        ])
    }
}
