import Testing
@testable import AuditKit

/// Markets are spelt as the checklists spell them, or the controls for them would not apply.
@Suite struct MarketCodeTests {
    @Test(arguments: ["US", "EU", "UK", "DE", "JP"])
    func twoCapitalLettersAreAMarket(_ code: String) {
        #expect(MarketCode.problem(code) == nil)
    }

    @Test(arguments: [
        ("usa", "'usa' is not a market code: write two capital letters, an ISO 3166-1 code such as US or DE, or EU or UK"),
        ("us", "'us' is not a market code: write two capital letters, an ISO 3166-1 code such as US or DE, or EU "
            + "or UK; did you mean 'US'?"),
        ("", "'' is not a market code: write two capital letters, an ISO 3166-1 code such as US or DE, or EU or UK"),
        ("ÉU", "'ÉU' is not a market code: write two capital letters, an ISO 3166-1 code such as US or DE, or EU or UK"),
        ("GB", "write UK for the United Kingdom, as the checklists do: controls for UK markets look for UK"),
    ])
    func anythingElseIsRefusedWithAHint(_ text: String, _ problem: String) {
        #expect(MarketCode.problem(text) == problem)
    }

    @Test func theMemberStatesAreTheTwentySevenAndAreCodes() {
        #expect(MarketCode.euMemberStates.count == 27)
        #expect(MarketCode.euMemberStates.allSatisfy { MarketCode.problem($0) == nil })
    }

    @Test func lintRefusesAConditionOnAMarketSpeltOtherwise() {
        #expect(LiteralCheck.fits("US", .market))
        #expect(!LiteralCheck.fits("usa", .market))
    }
}
