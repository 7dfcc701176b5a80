namespace BriData;

/// <summary>
/// Thrown when amounts in different money bases (nominal USD and constant 2021 USD) would be combined.
/// Convert one of them explicitly first.
/// </summary>
public sealed class MoneyBasisMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for the two bases that met.</summary>
    public MoneyBasisMismatchException(MoneyBasis left, MoneyBasis right)
        : base($"Cannot combine amounts in {left} with amounts in {right}: convert one of them explicitly with a documented deflator first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The basis of the left operand.</summary>
    public MoneyBasis Left { get; }

    /// <summary>The basis of the right operand.</summary>
    public MoneyBasis Right { get; }
}
