using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="FinanceRecord"/> of the embedded <c>finance.json</c>.</summary>
internal static class FinanceRecordReader
{
    private const string Where = "finance record";

    public static FinanceRecord Read(ref EmbeddedJsonReader r, StringPool s)
    {
        int? id = null, commitmentYear = null;
        CountryCode? recipient = null;
        string? title = null, lender = null, sector = null, flowType = null, flowClass = null, intent = null;
        string? fundingAgencyType = null, implementingAgencyType = null, incomeGroup = null, locationPrecision = null;
        Money? amount = null;
        PartialDate? commitmentDate = null, implementationStart = null, completion = null;
        FinanceStatus? status = null;
        bool? isInfrastructure = null, isAggregationSafe = null;
        IReadOnlyList<int>? linked = null;
        IReadOnlyList<string>? osmLinks = null, sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = Int(ref r); break;
                case "recipient": recipient = Country(ref r); break;
                case "title": title = String(ref r, s); break;
                case "lender": lender = StringOrNull(ref r, s); break;
                case "amount": amount = MoneyOrNull(ref r); break;
                case "commitmentYear": commitmentYear = Int(ref r); break;
                case "commitmentDate": commitmentDate = DateOrNull(ref r); break;
                case "implementationStart": implementationStart = DateOrNull(ref r); break;
                case "completion": completion = DateOrNull(ref r); break;
                case "status": status = Enum<FinanceStatus>(ref r); break;
                case "sector": sector = String(ref r, s); break;
                case "isInfrastructure": isInfrastructure = Bool(ref r); break;
                case "isAggregationSafe": isAggregationSafe = Bool(ref r); break;
                case "linkedRecordIds": linked = Ints(ref r); break;
                case "flowType": flowType = StringOrNull(ref r, s); break;
                case "flowClass": flowClass = StringOrNull(ref r, s); break;
                case "intent": intent = StringOrNull(ref r, s); break;
                case "fundingAgencyType": fundingAgencyType = StringOrNull(ref r, s); break;
                case "implementingAgencyType": implementingAgencyType = StringOrNull(ref r, s); break;
                case "osmLinks": osmLinks = Strings(ref r, s); break;
                case "incomeGroup": incomeGroup = StringOrNull(ref r, s); break;
                case "locationPrecision": locationPrecision = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new FinanceRecord
        {
            Id = id ?? throw Missing(Where, "id"),
            Recipient = recipient ?? throw Missing(Where, "recipient"),
            Title = title ?? throw Missing(Where, "title"),
            Lender = lender,
            Amount = amount,
            CommitmentYear = commitmentYear ?? throw Missing(Where, "commitmentYear"),
            CommitmentDate = commitmentDate,
            ImplementationStart = implementationStart,
            Completion = completion,
            Status = status ?? throw Missing(Where, "status"),
            Sector = sector ?? throw Missing(Where, "sector"),
            IsInfrastructure = isInfrastructure ?? throw Missing(Where, "isInfrastructure"),
            IsAggregationSafe = isAggregationSafe ?? throw Missing(Where, "isAggregationSafe"),
            LinkedRecordIds = linked ?? throw Missing(Where, "linkedRecordIds"),
            FlowType = flowType,
            FlowClass = flowClass,
            Intent = intent,
            FundingAgencyType = fundingAgencyType,
            ImplementingAgencyType = implementingAgencyType,
            OsmLinks = osmLinks ?? throw Missing(Where, "osmLinks"),
            IncomeGroup = incomeGroup,
            LocationPrecision = locationPrecision,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
