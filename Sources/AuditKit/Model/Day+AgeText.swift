extension Day {
    /// Where a date `age` days before the as-of date lies, in words: "23 days before the as-of
    /// date", "1 day after the as-of date" (a negative age), "on the as-of date".
    public static func ageText(_ age: Int) -> String {
        guard age != 0 else { return "on the as-of date" }
        let days = age.magnitude == 1 ? "1 day" : "\(age.magnitude) days"
        return days + (age < 0 ? " after the as-of date" : " before the as-of date")
    }
}
