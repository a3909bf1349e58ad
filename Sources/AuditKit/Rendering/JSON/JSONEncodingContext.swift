/// What every encoder of one `CanonicalJSONEncoder.encode(_:)` call shares.
final class JSONEncodingContext {
    /// Converts keys to snake_case; `nil` writes keys as the types name them.
    let snakeCase: SnakeCaseKeyCache?
    /// The caller's `userInfo`, as `Encoder.userInfo` hands it out.
    let userInfo: [CodingUserInfoKey: Any]
    /// `userInfo[.compactControls]`, looked up once rather than for each of a result's controls.
    let compactControls: Bool

    /// Creates the context for one encoding.
    init(snakeCase: SnakeCaseKeyCache?, userInfo: [CodingUserInfoKey: Any]) {
        (self.snakeCase, self.userInfo) = (snakeCase, userInfo)
        compactControls = userInfo[.compactControls] as? Bool == true
    }

    /// The name `key` is written under.
    func name(for key: some CodingKey) -> String {
        guard let snakeCase else { return key.stringValue }
        return snakeCase.name(for: key.stringValue)
    }
}
