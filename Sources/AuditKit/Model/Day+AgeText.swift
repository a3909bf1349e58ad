extension Day {
    /// Where a date `age` days before the as-of date lies, in words: "23 days before the as-of
    /// date", "1 day after the as-of date" (a negative age), "on the as-of date".
    public static func ageText(_ age: Int) -> String {
        guard age != 0 else { return "on the as-of date" }
        return daysText(age) + (age < 0 ? " after the as-of date" : " before the as-of date")
    }

    /// "1 day", "23 days": how many days `count` (or its magnitude) is.
    public static func daysText(_ count: Int) -> String {
        count.magnitude == 1 ? "1 day" : "\(count.magnitude) days"
    }
}
