using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of every set shares: problems, ids, text, lists, enums, dates, amounts and source references.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>Adds a problem; the reason is formatted with the invariant culture (numbers never depend on the current culture).</summary>
        private void Add(string path, FormattableString reason) => problems.Add(new DataProblem(file, path, null, FormattableString.Invariant(reason)));

        private void KnownCountry(string path, CountryCode code, FormattableString reason)
        {
            if (code.IsEmpty)
            {
                Add(path, $"the country code is missing");
            }
            else if (!countryCodes.Contains(code))
            {
                Add(path, reason);
            }
        }

        private void UniqueId(string at, string? id, HashSet<string> seen)
        {
            if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
            {
                Add(at + ".id", $"id '{id}' is empty or duplicated");
            }
            else
            {
                OptionalText(at + ".id", id);
            }
        }

        /// <summary>
        /// <c>default(MeasureUnit)</c> (no unit: a record built in code without one, or a positional unit left out) is a
        /// problem; any other unit is of the closed vocabulary by construction (the readers refuse the rest at its path).
        /// </summary>
        private void KnownUnit(string path, MeasureUnit unit)
        {
            if (unit.IsMissing)
            {
                Add(path, $"unit is missing");
            }
        }

        private void RequireText(string path, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(path, $"{what} is empty");
            }
            else
            {
                OptionalText(path, value);
            }
        }

        /// <summary>
        /// The text of every member a text column of the set reads (<see cref="ColumnTable{T}.MemberTextColumns"/>),
        /// checked as <see cref="OptionalText"/> does, so that a text field added to a set is checked without a rule of
        /// its own; a problem a rule already reported at the same path (after <paramref name="first"/>) is not repeated.
        /// </summary>
        private void CheckText<T>(IReadOnlyList<SetColumn<T>> columns, T record, string at, int first)
        {
            foreach (var column in columns)
            {
                if (column.Value(record) is string text && (!IsValidUtf16(text) || TextHygiene.FindForbidden(text) is not null))
                {
                    var path = at + "." + column.JsonPath;
                    if (!problems.Skip(first).Any(p => string.Equals(p.Path, path, StringComparison.Ordinal)))
                    {
                        OptionalText(path, text);
                    }
                }
            }
        }

        /// <summary>Text that may be null but, when present, must be valid UTF-16 (no unpaired surrogate), so that every format can write it.</summary>
        private void OptionalText(string path, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (!IsValidUtf16(value))
            {
                Add(path, $"the text holds an unpaired surrogate (invalid UTF-16)");
            }
            else if (TextHygiene.FindForbidden(value) is int at)
            {
                Add(path, $"the text holds the control character U+{(int)value[at]:X4} at position {at} (control characters other than tab and line breaks, and bidirectional overrides, are refused)");
            }
        }

        private static bool IsValidUtf16(string value)
        {
            var span = value.AsSpan();
            if (!span.ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return true;
            }

            for (var i = 0; i < span.Length; i++)
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(span[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool NotNull<T>(string path, IReadOnlyList<T>? list)
        {
            if (list is null)
            {
                Add(path, $"the list is missing (use an empty list)");
                return false;
            }

            return true;
        }

        private void Texts(string path, IReadOnlyList<string>? list)
        {
            if (!NotNull(path, list))
            {
                return;
            }

            for (var j = 0; j < list!.Count; j++)
            {
                if (list[j] is null)
                {
                    Add($"{path}[{j}]", $"item is null");
                }
                else
                {
                    OptionalText($"{path}[{j}]", list[j]);
                }
            }
        }

        private void Defined<TEnum>(string path, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Add(path, $"{typeof(TEnum).Name} {value} is not defined");
            }
        }

        private void Date(string path, PartialDate? date, DatePrecision? precision)
        {
            if (date is not PartialDate d)
            {
                return;
            }

            if (d.Year == 0)
            {
                Add(path, $"the date is missing (default value)");
            }
            else if (precision is DatePrecision p && d.Precision != p)
            {
                Add(path, $"date {d} has {d.Precision} precision; {p} precision is required ({Form(p)})");
            }
        }

        private static string Form(DatePrecision p) => p switch
        {
            DatePrecision.Day => "YYYY-MM-DD",
            DatePrecision.Month => "YYYY-MM",
            _ => "YYYY",
        };

        private void Amount(string path, Money m, string what)
        {
            // The checks MoneyJsonConverter makes when a file is read, so that Create accepts only what Save can write
            // and Load can read back (a default(Money) has an undefined basis).
            var basisPath = path.EndsWith(".amountUsd", StringComparison.Ordinal) ? path[..^".amountUsd".Length] + ".basis" : path + ".basis";
            var yearPath = basisPath[..^".basis".Length] + ".priceYear";
            if (!Enum.IsDefined(m.Basis))
            {
                Add(basisPath, $"{what} has no money basis (MoneyBasis {m.Basis} is not defined; a default Money is not an amount)");
            }
            else if (m.Basis == MoneyBasis.ConstantUsd2021 && m.PriceYear is not null)
            {
                Add(yearPath, $"{what} is in constant 2021 USD and has no price year (found {m.PriceYear})");
            }
            else if (m.PriceYear is int year && (year < FirstPriceYear || year > LastPriceYear))
            {
                // A window, not "no later than next year": a planned project's cost may be quoted in future prices.
                Add(yearPath, $"{what} price year {year} is outside {FirstPriceYear}..{LastPriceYear}");
            }

            if (m.AmountUsd < 0)
            {
                Add(path, $"{what} has a negative amount");
            }
            else if (m.AmountUsd > MaxAmountUsd)
            {
                Add(path, $"{what} amount {m.AmountUsd} is above the limit of USD 10^15");
            }
        }

        private void Sources(string at, ISourced record)
        {
            if (record.SourceIds is null || record.SourceIds.Count == 0)
            {
                Add(at + ".sourceIds", $"the record names no source");
                return;
            }

            foreach (var id in record.SourceIds)
            {
                if (id is null || !sourceIds.Contains(id))
                {
                    Add(at + ".sourceIds", $"source '{id}' does not exist in the sources set");
                }
            }
        }
    }
}
