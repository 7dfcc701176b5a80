using System.Globalization;

namespace BriData;

/// <summary>
/// An amount of US dollars that carries its basis: nominal USD of a year, or constant 2021 USD.
/// Adding or comparing amounts of different bases throws <see cref="MoneyBasisMismatchException"/>:
/// mixing them silently is impossible.
/// </summary>
/// <remarks>
/// <see cref="AmountUsd"/> is in plain dollars (not millions); <see cref="AmountUsdMillions"/> divides by 10^6.
/// Adding two nominal amounts of different price years is allowed (that is how nominal totals are made)
/// and yields a nominal amount whose <see cref="PriceYear"/> is null ("mixed years").
/// The amounts of BriData's records are never negative; a difference may be (a trade balance, exports minus
/// imports, is negative for a deficit), so neither the constructor nor the arithmetic forbids it.
/// </remarks>
public readonly struct Money : IEquatable<Money>
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amountUsd">Amount in US dollars (not millions).</param>
    /// <param name="basis">The basis of the amount.</param>
    /// <param name="priceYear">For nominal amounts, the year of the dollars (null when a sum spans years); must be null for constant 2021 USD.</param>
    /// <exception cref="ArgumentOutOfRangeException">The basis is undefined, or a price year is given with constant 2021 USD.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public Money(decimal amountUsd, MoneyBasis basis, int? priceYear)
    {
        if (basis is not (MoneyBasis.NominalUsd or MoneyBasis.ConstantUsd2021))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown money basis.");
        }

        if (basis == MoneyBasis.ConstantUsd2021 && priceYear is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(priceYear), priceYear, "Constant 2021 USD amounts have no separate price year.");
        }

        AmountUsd = amountUsd;
        Basis = basis;
        PriceYear = priceYear;
    }

    /// <summary>The amount in US dollars (not millions).</summary>
    public decimal AmountUsd { get; }

    /// <summary>The amount in millions of US dollars.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal AmountUsdMillions => AmountUsd / 1_000_000m;

    /// <summary>The basis of the amount.</summary>
    public MoneyBasis Basis { get; }

    /// <summary>For nominal USD, the year of the dollars; null for constant 2021 USD or for a sum over several years.</summary>
    public int? PriceYear { get; }

    /// <summary>Nominal US dollars of <paramref name="priceYear"/>.</summary>
    public static Money NominalUsd(decimal amountUsd, int priceYear) => new(amountUsd, MoneyBasis.NominalUsd, priceYear);

    /// <summary>Nominal US dollars given in millions, of <paramref name="priceYear"/>.</summary>
    public static Money NominalUsdMillions(decimal amountUsdMillions, int priceYear) => new(amountUsdMillions * 1_000_000m, MoneyBasis.NominalUsd, priceYear);

    /// <summary>Constant 2021 US dollars.</summary>
    public static Money ConstantUsd2021(decimal amountUsd) => new(amountUsd, MoneyBasis.ConstantUsd2021, null);

    /// <summary>A zero amount in the given basis (the identity of addition), with no price year.</summary>
    public static Money Zero(MoneyBasis basis) => new(0m, basis, null);

    /// <summary>Adds two amounts of the same basis.</summary>
    /// <exception cref="MoneyBasisMismatchException">The bases differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameBasis(left, right);
        var year = left.PriceYear == right.PriceYear ? left.PriceYear : null;
        return new Money(left.AmountUsd + right.AmountUsd, left.Basis, year);
    }

    /// <summary>Subtracts two amounts of the same basis (for example imports from exports: a negative result is a deficit).</summary>
    /// <exception cref="MoneyBasisMismatchException">The bases differ.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameBasis(left, right);
        var year = left.PriceYear == right.PriceYear ? left.PriceYear : null;
        return new Money(left.AmountUsd - right.AmountUsd, left.Basis, year);
    }

    /// <summary>Scales an amount (for example by an equity share).</summary>
    public static Money operator *(Money money, decimal factor) => new(money.AmountUsd * factor, money.Basis, money.PriceYear);

    /// <summary>The ratio of two amounts of the same basis.</summary>
    /// <exception cref="MoneyBasisMismatchException">The bases differ.</exception>
    /// <exception cref="DivideByZeroException">The divisor is zero.</exception>
    public static decimal operator /(Money left, Money right)
    {
        EnsureSameBasis(left, right);
        return left.AmountUsd / right.AmountUsd;
    }

    /// <summary>Compares two amounts of the same basis.</summary>
    /// <exception cref="MoneyBasisMismatchException">The bases differ.</exception>
    public static bool operator <(Money left, Money right)
    {
        EnsureSameBasis(left, right);
        return left.AmountUsd < right.AmountUsd;
    }

    /// <summary>Compares two amounts of the same basis.</summary>
    /// <exception cref="MoneyBasisMismatchException">The bases differ.</exception>
    public static bool operator >(Money left, Money right)
    {
        EnsureSameBasis(left, right);
        return left.AmountUsd > right.AmountUsd;
    }

    /// <summary>Sums amounts of one basis; an empty sequence gives null (there is nothing to add, not zero).</summary>
    /// <exception cref="MoneyBasisMismatchException">The amounts have different bases.</exception>
    public static Money? Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Money? total = null;
        foreach (var amount in amounts)
        {
            total = total is null ? amount : total.Value + amount;
        }

        return total;
    }

    private static void EnsureSameBasis(Money left, Money right)
    {
        if (left.Basis != right.Basis)
        {
            throw new MoneyBasisMismatchException(left.Basis, right.Basis);
        }
    }

    /// <inheritdoc />
    public bool Equals(Money other) => AmountUsd == other.AmountUsd && Basis == other.Basis && PriceYear == other.PriceYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AmountUsd, Basis, PriceYear);

    /// <summary>For example <c>USD 230.0 m (nominal 2019)</c> or <c>USD 2,343.6 m (constant 2021)</c>; invariant culture.</summary>
    public override string ToString() => DisplayFormat.Money(this);

    /// <summary>True when amount, basis and price year are equal.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>True when amount, basis or price year differ.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);
}
