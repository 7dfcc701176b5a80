namespace BriData;

/// <summary>
/// One recipient's development finance at both breadths (constant 2021 USD): AidData's complete total and the total of
/// the geolocated records BriData ships (<see cref="AidDataBreadthMetrics.FinanceBreadthByCountry"/>).
/// </summary>
public sealed class FinanceBreadth
{
    internal FinanceBreadth(CountryCode recipient, MoneyTotal complete, MoneyTotal? subset)
    {
        Recipient = recipient;
        Complete = complete;
        Subset = subset;
    }

    /// <summary>The recipient state.</summary>
    public CountryCode Recipient { get; }

    /// <summary>AidData's complete commitments (country-year totals, all flow classes).</summary>
    public MoneyTotal Complete { get; }

    /// <summary>The aggregation-safe geolocated records' total; null when the state has no such record.</summary>
    public MoneyTotal? Subset { get; }

    /// <summary>The subset's share of the complete total, percent; null when either amount is missing or the complete total is zero.</summary>
    public decimal? SubsetSharePercent =>
        Subset?.Amount is Money part && Complete.Amount is Money whole && whole.AmountUsd != 0 ? 100m * part.AmountUsd / whole.AmountUsd : null;

    /// <summary>For example <c>VEN: complete USD 112,884.4 m, geolocated records USD 26,684.1 m (23.6 %)</c>.</summary>
    public override string ToString() =>
        Recipient.Alpha3 + ": complete " + DisplayFormat.WithUnit(Complete.Amount?.AmountUsd, "USD") + ", geolocated records "
        + DisplayFormat.WithUnit(Subset?.Amount?.AmountUsd, "USD") + (SubsetSharePercent is decimal s ? " (" + DisplayFormat.Percent(s) + ")" : string.Empty);
}
