namespace BriData;

/// <summary>
/// A price index supplied by the caller to convert between constant 2021 USD and nominal USD of a year. BriData
/// ships no deflator: amounts in constant 2021 USD are never compared with current-USD figures (GDP, trade)
/// unless the caller passes one of these, documenting where the index comes from.
/// </summary>
/// <remarks>
/// Conversion: <c>nominal(y) = constant2021 × index(y) / index(2021)</c> and
/// <c>constant2021 = nominal(y) × index(2021) / index(y)</c>. The index may have any base year; it must hold 2021
/// and every year converted to or from.
/// </remarks>
public sealed class UsdDeflator
{
    private readonly Dictionary<int, decimal> index;

    /// <summary>Creates a deflator from yearly index values.</summary>
    /// <param name="name">What the index is and where it comes from (for example "US GDP deflator, BEA, 2017 = 100").</param>
    /// <param name="indexByYear">Index value per year; all positive; must include 2021.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, 2021 is missing, or a value is not positive.</exception>
    public UsdDeflator(string name, IReadOnlyDictionary<int, decimal> indexByYear)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(indexByYear);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Name the index and its source.", nameof(name));
        }

        if (!indexByYear.ContainsKey(2021))
        {
            throw new ArgumentException("The index must include 2021, the base of constant 2021 USD.", nameof(indexByYear));
        }

        if (indexByYear.Values.Any(v => v <= 0))
        {
            throw new ArgumentException("Index values must be positive.", nameof(indexByYear));
        }

        Name = name;
        index = new Dictionary<int, decimal>(indexByYear);
    }

    /// <summary>What the index is and where it comes from.</summary>
    public string Name { get; }

    /// <summary>Converts an amount to nominal USD of <paramref name="year"/> (nominal amounts of another year go through 2021).</summary>
    /// <exception cref="ArgumentException">The amount is nominal without a single price year, or the index lacks a year needed.</exception>
    public Money ToNominalUsd(Money amount, int year)
    {
        var constant = ToConstantUsd2021(amount);
        return Money.NominalUsd(constant.AmountUsd * IndexOf(year) / index[2021], year);
    }

    /// <summary>Converts an amount to constant 2021 USD (constant amounts are returned as they are).</summary>
    /// <exception cref="ArgumentException">The amount is nominal without a single price year, or the index lacks its year.</exception>
    public Money ToConstantUsd2021(Money amount)
    {
        if (amount.Basis == MoneyBasis.ConstantUsd2021)
        {
            return amount;
        }

        if (amount.PriceYear is not int year)
        {
            throw new ArgumentException($"{amount} sums nominal dollars of several years; convert each year before adding them.", nameof(amount));
        }

        return Money.ConstantUsd2021(amount.AmountUsd * index[2021] / IndexOf(year));
    }

    private decimal IndexOf(int year) => index.TryGetValue(year, out var v)
        ? v
        : throw new ArgumentException($"The deflator '{Name}' has no value for {year}.", nameof(year));

    /// <summary>The name of the index.</summary>
    public override string ToString() => Name;
}
