using CsCheck;

namespace BriData.Fuzz;

/// <summary>
/// Property test of <see cref="MeasureUnit.Parse"/>: any string either parses to a unit whose symbol is that exact
/// string (and parses back to the same unit), or is refused with <see cref="FormatException"/> and nothing else, in
/// agreement with <see cref="MeasureUnit.TryParse(string?, out MeasureUnit)"/>.
/// </summary>
public sealed class MeasureUnitProperties
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("BRIDATA_PROPERTY_ITERATIONS"), out var n) ? n * 50 : 3_000;

    /// <summary>Known symbols, the same in other cases or with spaces around them, cut or doubled, and arbitrary text (any UTF-16, lone surrogates included).</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, (IGen<string>)DatasetGenerators.Unit.Select(u => u.Symbol)),
        (2, DatasetGenerators.Unit.Select(u => u.Symbol.ToUpperInvariant())),
        (2, DatasetGenerators.Unit.Select(u => u.Symbol.ToLowerInvariant())),
        (1, Gen.Select(DatasetGenerators.Unit, Gen.OneOf(" ", "\t", "\u00A0", "s", "\0"), (u, pad) => pad + u.Symbol)),
        (1, Gen.Select(DatasetGenerators.Unit, Gen.OneOf(" ", "\n", "/year", "\u200B"), (u, pad) => u.Symbol + pad)),
        (1, DatasetGenerators.Unit.Select(u => u.Symbol[..^1])),
        (2, Gen.String[Gen.Char["kmMWUSDusd/ %-yearh"], 0, 10]),
        (2, Gen.String),
        (1, Gen.String[Gen.Char, 30, 200]));

    [Fact]
    public void Any_string_parses_to_a_unit_of_that_exact_symbol_or_is_refused_with_a_format_exception()
    {
        var parsed = 0;
        AnyText.Sample(text =>
        {
            MeasureUnit unit;
            try
            {
                unit = MeasureUnit.Parse(text);
            }
            catch (FormatException ex)
            {
                MeasureUnit.TryParse(text, out var none).Should().BeFalse();
                none.Should().Be(default(MeasureUnit));
                ex.Message.Should().NotBeEmpty().And.Subject.Length.Should().BeLessThan(200, "the refusal quotes the text cut short, never a huge message");
                return;
            }

            Interlocked.Increment(ref parsed);
            unit.Symbol.Should().Be(text);
            unit.ToString().Should().Be(text);
            unit.Should().NotBe(default(MeasureUnit));
            MeasureUnit.TryParse(text, out var again).Should().BeTrue();
            again.Should().Be(unit);
            MeasureUnit.Parse(unit.Symbol).Should().Be(unit);
        }, iter: Iterations);

        parsed.Should().BePositive("the generator reaches known units too");
    }
}
