/// The Wilson score interval for a binomial proportion.
///
/// Gating on the lower bound rather than the point rate means a small red-team run cannot pass a
/// critical control: 20 refusals out of 20 give a lower bound of 0.839, not 1.0.
public enum Wilson {
    /// z for a two-sided 95 % interval.
    public static let z95 = 1.959963984540054

    /// The lower bound of the 95 % Wilson interval; 0 when there are no trials.
    public static func lowerBound(successes: Int, trials: Int, z: Double = z95) -> Double {
        guard trials > 0 else { return 0 }
        let n = Double(trials)
        let p = Double(min(max(successes, 0), trials)) / n
        let z2 = z * z
        let centre = p + z2 / (2 * n)
        let margin = z * ((p * (1 - p) + z2 / (4 * n)) / n).squareRoot()
        return max(0, (centre - margin) / (1 + z2 / n))
    }
}
