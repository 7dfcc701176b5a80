using System.Globalization;
using BriData.Loading;

namespace BriData.Validation;

/// <summary>The rules of the countries set: codes, names in every language, and every name resolving to one country.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The countries set's rules: each country's own, a set that is not empty, and every name resolving to one country.</summary>
        internal SetRules<Country> CountrySetRules() => new(CheckCountry, countries =>
        {
            if (countries.Count == 0)
            {
                Add("$.records", $"the countries set is empty");
            }
            else if (countries.All(HasAllNames))
            {
                CheckNamesResolve(countries);
            }
        });

        private void CheckCountry(Country c, string at)
        {
            if (c.Code.IsEmpty)
            {
                Add(at + ".code", $"the country code is missing");
            }
            else if (!countryCodes.Add(c.Code))
            {
                Add(at + ".code", $"country code {c.Code} is duplicated");
            }

            if (c.Alpha2 is null || c.Alpha2.Length != 2 || !CountryCode.TryParse(c.Alpha2, out var a2) || a2 != c.Code)
            {
                Add(at + ".alpha2", $"alpha-2 code '{c.Alpha2}' of {c.Code} does not match the ISO table");
            }

            if (c.Numeric is < 1 or > 999 || !CountryCode.TryParse(c.Numeric.ToString(CultureInfo.InvariantCulture), out var num) || num != c.Code)
            {
                Add(at + ".numeric", $"numeric code {c.Numeric} of {c.Code} does not match the ISO table");
            }

            RequireText(at + ".name", c.Name, "name");
            RequireText(at + ".officialName", c.OfficialName, "official name");
            if (c.Names is null)
            {
                Add(at + ".names", $"the localized names are missing");
            }
            else
            {
                RequireText(at + ".names.english", c.Names.English, "English name");
                RequireText(at + ".names.spanish", c.Names.Spanish, "Spanish name");
                RequireText(at + ".names.portuguese", c.Names.Portuguese, "Portuguese name");
                RequireText(at + ".names.chinese", c.Names.Chinese, "Chinese name");
            }

            Texts(at + ".aliases", c.Aliases);
            Texts(at + ".formerNames", c.FormerNames);
            RequireText(at + ".region", c.Region, "region");
            RequireText(at + ".subregion", c.Subregion, "subregion");
            RequireText(at + ".capital", c.Capital, "capital");
            RequireText(at + ".currencyCode", c.CurrencyCode, "currency code");
            RequireText(at + ".currencyName", c.CurrencyName, "currency name");
            Sources(at, c);
        }

        private static bool HasAllNames(Country? c) =>
            c is { Name: not null, OfficialName: not null, Aliases: not null, FormerNames: not null }
            && c.Names is { English: not null, Spanish: not null, Portuguese: not null, Chinese: not null }
            && c.Aliases.All(a => a is not null) && c.FormerNames.All(f => f is not null);

        private void CheckNamesResolve(IReadOnlyList<Country> countries)
        {
            file = DataSetName.FileName(DataSetName.Countries);
            var owners = new Dictionary<string, HashSet<CountryCode>>(NameFolding.Instance);
            var known = countries.Where(c => c is not null).Select(c => c.Code).ToHashSet();
            foreach (var country in countries)
            {
                foreach (var name in NameIndex.NamesOf(country))
                {
                    if (NameFolding.FoldToString(name).Length == 0)
                    {
                        continue;
                    }

                    // Resolve reads a text of one to three characters as a code first, so such a name would
                    // silently mean another country.
                    var trimmed = name.AsSpan().Trim();
                    if (trimmed.Length <= 3 && CountryCode.TryParse(trimmed, out var asCode) && asCode != country.Code && known.Contains(asCode))
                    {
                        Add("$", $"the name '{name}' of {country.Code} reads as the code of {asCode}");
                    }

                    if (!owners.TryGetValue(name, out var set))
                    {
                        owners[name] = set = [];
                    }

                    set.Add(country.Code);
                }
            }

            foreach (var (name, codes) in owners.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (codes.Count > 1)
                {
                    Add("$", $"the name '{name}' belongs to several countries: {string.Join(", ", codes.Order())}");
                }
            }
        }
    }
}
