/// The spelling of a market in `deployment.markets`: two capital letters, an ISO 3166-1
/// alpha-2 country code, `EU` for the European Union or `UK` for the United Kingdom.
///
/// Checklists apply controls by market (`contains: US`), so a market spelt any other way —
/// `usa`, `United States`, `GB` — would quietly leave those controls out and let a gate pass.
public enum MarketCode {
    /// The EU's member states by ISO 3166-1 code (Greece is `GR` there, `EL` in EU usage).
    public static let euMemberStates: Set<String> = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ]

    /// What is wrong with `text` as a market, or nil when it is a market code.
    public static func problem(_ text: String) -> String? {
        guard isTwoCapitals(text) else {
            let upper = text.uppercased()
            let hint = isTwoCapitals(upper) ? "; did you mean '\(upper)'?" : ""
            return "'\(text)' is not a market code: write two capital letters, an ISO 3166-1 code such "
                + "as US or DE, or EU or UK\(hint)"
        }
        guard text != "GB" else {
            return "write UK for the United Kingdom, as the checklists do: controls for UK markets "
                + "look for UK"
        }
        return nil
    }

    /// Two of `A`…`Z`, and nothing else.
    private static func isTwoCapitals(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }
}
