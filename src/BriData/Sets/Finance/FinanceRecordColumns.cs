using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="FinanceRecord"/>.</summary>
internal static class FinanceRecordColumns
{
    public static ColumnTable<FinanceRecord> Create() => new(
        "finance",
        [
            Integer<FinanceRecord>("id", r => r.Id, "AidData record id", ColumnRole.Key, label: "AidData id"),
            Country<FinanceRecord>("recipient_iso3", r => r.Recipient, "recipient, alpha-3"),
            Text<FinanceRecord>("title", r => r.Title, "AidData record title", show: ColumnPlacement.Table),
            Text<FinanceRecord>("lender", r => r.Lender, "lender or donor; empty when the title names none", ColumnRole.Dimension),
            .. Money<FinanceRecord>("amount", r => r.Amount, "commitment (AidData gives none for some records)", basis: MoneyBasis.ConstantUsd2021),
            Integer<FinanceRecord>("commitment_year", r => r.CommitmentYear, "year of the commitment", ColumnRole.Dimension),
            Date<FinanceRecord>("commitment_date", r => r.CommitmentDate, "date of the commitment, ISO 8601 to its precision"),
            Date<FinanceRecord>("implementation_start", r => r.ImplementationStart, "actual implementation start"),
            Date<FinanceRecord>("completion", r => r.Completion, "actual completion"),
            Enum<FinanceRecord, FinanceStatus>("status", r => r.Status, "FinanceStatus name"),
            Text<FinanceRecord>("sector", r => r.Sector, "OECD-CRS sector name", ColumnRole.Dimension),
            Boolean<FinanceRecord>("is_infrastructure", r => r.IsInfrastructure, "AidData infrastructure flag", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Boolean<FinanceRecord>("is_aggregation_safe", r => r.IsAggregationSafe, "may be summed under AidData's rule", ColumnRole.Dimension, label: "Safe to sum (AidData)", show: ColumnPlacement.Card),
            Json<FinanceRecord, IReadOnlyList<int>>("linked_record_ids", r => r.LinkedRecordIds, ExportJson.Context.IReadOnlyListInt32, "linked AidData record ids, JSON array", label: "Linked AidData records"),
            Text<FinanceRecord>("flow_type", r => r.FlowType, "flow type (Loan, Grant, …)", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Text<FinanceRecord>("flow_class", r => r.FlowClass, "flow class (ODA-like, OOF-like, …)", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Text<FinanceRecord>("intent", r => r.Intent, "intent", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Text<FinanceRecord>("funding_agency_type", r => r.FundingAgencyType, "type of the funding agencies"),
            Text<FinanceRecord>("implementing_agency_type", r => r.ImplementingAgencyType, "type of the implementing agencies"),
            Json<FinanceRecord, IReadOnlyList<string>>("osm_links", r => r.OsmLinks, ExportJson.Context.IReadOnlyListString, "OpenStreetMap addresses, JSON array", label: "OpenStreetMap"),
            Text<FinanceRecord>("income_group", r => r.IncomeGroup, "recipient's OECD ODA income group at commitment; empty when AidData gives none", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Text<FinanceRecord>("location_precision", r => r.LocationPrecision, "AidData geographic precision"),
            Json<FinanceRecord, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new FinanceRecord
        {
            Id = row.GetInt32("id"),
            Recipient = row.GetCountry("recipient_iso3"),
            Title = row.GetRequiredText("title"),
            Lender = row.GetText("lender"),
            Amount = row.GetNullableMoney("amount"),
            CommitmentYear = row.GetInt32("commitment_year"),
            CommitmentDate = row.GetNullableDate("commitment_date"),
            ImplementationStart = row.GetNullableDate("implementation_start"),
            Completion = row.GetNullableDate("completion"),
            Status = row.GetEnum<FinanceStatus>("status"),
            Sector = row.GetRequiredText("sector"),
            IsInfrastructure = row.GetBoolean("is_infrastructure"),
            IsAggregationSafe = row.GetBoolean("is_aggregation_safe"),
            LinkedRecordIds = row.GetRequiredJson("linked_record_ids", ExportJson.Context.IReadOnlyListInt32),
            FlowType = row.GetText("flow_type"),
            FlowClass = row.GetText("flow_class"),
            Intent = row.GetText("intent"),
            FundingAgencyType = row.GetText("funding_agency_type"),
            ImplementingAgencyType = row.GetText("implementing_agency_type"),
            OsmLinks = row.GetRequiredJson("osm_links", ExportJson.Context.IReadOnlyListString),
            IncomeGroup = row.GetText("income_group"),
            LocationPrecision = row.GetText("location_precision"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
