using BriData.Loading;

namespace BriData;

/// <summary>
/// Every set of a dataset as long-format <see cref="TidyRow"/>s. Numeric fields become measures; the other fields
/// become dimensions. Sets without a numeric field (countries, events, initiatives, highlights, sources) give one
/// row per record with measure "records", value 1 and unit "count", so they can be counted and joined.
/// </summary>
public static class TidyRows
{
    /// <summary>Every set of the dataset, one after another, in load order (sources first).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this BriDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var content = data.ToContent();
        return DataSets.All.SelectMany(set => set.TidyRowsOf(content));
    }

    /// <summary>Sources: one row per source (dimensions kind, publisher, title, licence, version, published, retrievedOn).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Select(s => Count(DataSetName.Sources, s.Id, new TidyDimensions()
            .Add("kind", s.Kind).Add("publisher", s.Publisher).Add("title", s.Title).Add("licence", s.Licence)
            .Add("version", s.Version).Add("published", s.Published).Add("retrievedOn", s.RetrievedOn), [s.Id]));
    }

    /// <summary>Countries: one row per country (dimensions names, codes, regions, capital, currency).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return countries.Select(c => Count(DataSetName.Countries, c.Code.Alpha3, new TidyDimensions()
            .Add("name", c.Name).Add("alpha2", c.Alpha2).Add("numeric", c.Numeric).Add("region", c.Region)
            .Add("subregion", c.Subregion).Add("intermediateRegion", c.IntermediateRegion)
            .Add("isLatinAmericaAndCaribbean", c.IsLatinAmericaAndCaribbean).Add("capital", c.Capital)
            .Add("currencyCode", c.CurrencyCode), c.SourceIds));
    }

    /// <summary>Policy events: one row per event (dimensions kind, track, country, date, endDate, agreement, isUpgrade).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<PolicyEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Select(e => Count(DataSetName.Events, e.Id, new TidyDimensions()
            .Add("kind", e.Kind).Add("track", e.Track).Add("country", e.Country).Add("date", e.Date)
            .Add("endDate", e.EndDate).Add("agreement", e.Agreement).Add("isUpgrade", e.IsUpgrade), e.SourceIds));
    }

    /// <summary>Trade: one row per record, measure "value" in USD millions (nominal); entity is the reporter.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<TradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(t => new TidyRow
        {
            Set = DataSetName.Trade,
            Entity = t.Reporter.Alpha3,
            Dimensions = new TidyDimensions().Add("reporter", t.Reporter).Add("partner", t.Partner).Add("flow", t.Flow)
                .Add("year", t.Year).Add("isEstimate", t.IsEstimate).Build(),
            Measure = "value",
            Value = t.ValueUsdMillions,
            Unit = Units.UsdMillionsNominal,
            SourceIds = t.SourceIds,
        });
    }

    /// <summary>Indicators: two rows per country-year, "population" (persons) and "gdp" (USD current); a missing value is null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<CountryYearIndicators> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var r in records)
        {
            var dims = new TidyDimensions().Add("country", r.Country).Add("year", r.Year).Build();
            yield return new TidyRow { Set = DataSetName.Indicators, Entity = r.Country.Alpha3, Dimensions = dims, Measure = "population", Value = r.Population, Unit = Units.Persons, SourceIds = r.SourceIds };
            yield return new TidyRow { Set = DataSetName.Indicators, Entity = r.Country.Alpha3, Dimensions = dims, Measure = "gdp", Value = r.GdpCurrentUsd, Unit = Units.UsdCurrent, SourceIds = r.SourceIds };
        }
    }

    /// <summary>Finance: one row per record, measure "commitment" in USD (constant 2021); null when AidData gives no amount.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<FinanceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(f => new TidyRow
        {
            Set = DataSetName.Finance,
            Entity = TidyDimensions.Format(f.Id)!,
            Dimensions = new TidyDimensions().Add("recipient", f.Recipient).Add("year", f.CommitmentYear).Add("sector", f.Sector)
                .Add("status", f.Status).Add("lender", f.Lender).Add("isInfrastructure", f.IsInfrastructure)
                .Add("isAggregationSafe", f.IsAggregationSafe).Add("flowType", f.FlowType).Add("flowClass", f.FlowClass)
                .Add("intent", f.Intent).Build(),
            Measure = "commitment",
            Value = f.Amount?.AmountUsd,
            Unit = Units.UsdConstant2021,
            SourceIds = f.SourceIds,
        });
    }

    /// <summary>Investments: one row per record, measure "amount" in USD (nominal of the record's year).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<InvestmentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(r => new TidyRow
        {
            Set = DataSetName.Investments,
            Entity = r.Id,
            Dimensions = new TidyDimensions().Add("country", r.Country).Add("date", r.Date).Add("year", r.Date.Year)
                .Add("investor", r.Investor).Add("sector", r.Sector).Add("subsector", r.Subsector).Add("kind", r.Kind)
                .Add("isTroubled", r.IsTroubled).Add("isBri", r.IsBri).Add("isAggregationSafe", r.IsAggregationSafe).Build(),
            Measure = "amount",
            Value = r.Amount.AmountUsd,
            Unit = Units.Of(r.Amount),
            SourceIds = r.SourceIds,
        });
    }

    /// <summary>
    /// Projects: per project a "records" count row, a "cost" row when a cost is stated (unit of its money basis),
    /// and one row per measure (measure = its label, unit = its unit).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<FlagshipProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        foreach (var p in projects)
        {
            var dims = new TidyDimensions().Add("country", p.Country).Add("kind", p.Kind).Add("status", p.Status).Add("isBri", p.IsBri).Build();
            yield return new TidyRow { Set = DataSetName.Projects, Entity = p.Id, Dimensions = dims, Measure = "records", Value = 1, Unit = Units.Count, SourceIds = p.SourceIds };
            if (p.Cost is ProjectCost cost)
            {
                yield return new TidyRow { Set = DataSetName.Projects, Entity = p.Id, Dimensions = dims, Measure = "cost", Value = cost.Amount.AmountUsd, Unit = Units.Of(cost.Amount), SourceIds = cost.SourceIds };
            }

            foreach (var m in p.Measures)
            {
                yield return new TidyRow { Set = DataSetName.Projects, Entity = p.Id, Dimensions = dims, Measure = m.Label, Value = m.Value, Unit = m.Unit, SourceIds = m.SourceIds };
            }
        }
    }

    /// <summary>Initiatives: one row per initiative (dimensions domain, countries joined by ";", isRegionWide, started).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="initiatives"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<Initiative> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        return initiatives.Select(i => Count(DataSetName.Initiatives, i.Id, new TidyDimensions()
            .Add("domain", i.Domain).Add("countries", string.Join(";", i.Countries.Select(c => c.Alpha3)))
            .Add("isRegionWide", i.IsRegionWide).Add("started", i.Started), i.SourceIds));
    }

    /// <summary>Trade highlights: one row per highlight (dimensions country, product, hsCode, isExportToChina).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="highlights"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<TradeHighlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(highlights);
        return highlights.Select(h => Count(DataSetName.TradeHighlights, h.Id, new TidyDimensions()
            .Add("country", h.Country).Add("product", h.Product).Add("hsCode", h.HsCode).Add("isExportToChina", h.IsExportToChina), h.SourceIds));
    }

    /// <summary>Claims: one row per claim, measure "claimed value" in the claim's unit (dimensions country, topic, bound, period, asOf).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Select(c => new TidyRow
        {
            Set = DataSetName.Claims,
            Entity = c.Id,
            Dimensions = new TidyDimensions().Add("country", c.Country).Add("topic", c.Topic).Add("bound", c.Quantity.Bound)
                .Add("period", c.Period?.ToString()).Add("asOf", c.Quantity.AsOf).Build(),
            Measure = "claimed value",
            Value = c.Quantity.Value,
            Unit = c.Quantity.Unit,
            SourceIds = c.SourceIds,
        });
    }

    /// <summary>
    /// Published figures: one row per figure, measure "published value" in the figure's own unit (USD, CNY, loans,
    /// rank; never converted) (dimensions publisher, basis, indicator, country, periodStart, periodEnd, bound).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<PublishedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Select(f => new TidyRow
        {
            Set = DataSetName.PublishedFigures,
            Entity = f.Id,
            Dimensions = new TidyDimensions().Add("publisher", f.Publisher).Add("basis", f.Basis).Add("indicator", f.Indicator)
                .Add("country", f.Country).Add("periodStart", f.PeriodStart).Add("periodEnd", f.PeriodEnd).Add("bound", f.Bound).Build(),
            Measure = "published value",
            Value = f.Value,
            Unit = f.Unit,
            SourceIds = f.SourceIds,
        });
    }

    /// <summary>
    /// AidData's complete country-year totals: three rows per recipient and year, one per flow class (measures
    /// "odaLike", "oofLike", "vagueOfficialFinance"), AidData's "Amount (Constant USD 2021)" (dimensions country, year).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<AidDataCountryYear> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.SelectMany(r =>
        {
            var dims = new TidyDimensions().Add("country", r.Country).Add("year", r.Year).Build();
            return new (string Measure, decimal Value)[] { ("odaLike", r.OdaLikeUsd), ("oofLike", r.OofLikeUsd), ("vagueOfficialFinance", r.VagueOfficialFinanceUsd) }
                .Select(m => new TidyRow
                {
                    Set = DataSetName.AidDataCountryYears,
                    Entity = r.Country.Alpha3,
                    Dimensions = dims,
                    Measure = m.Measure,
                    Value = m.Value,
                    Unit = Units.UsdConstant2021,
                    SourceIds = r.SourceIds,
                });
        });
    }

    private static TidyRow Count(string set, string entity, TidyDimensions dims, IReadOnlyList<string> sourceIds) => new()
    {
        Set = set,
        Entity = entity,
        Dimensions = dims.Build(),
        Measure = "records",
        Value = 1,
        Unit = Units.Count,
        SourceIds = sourceIds,
    };
}
