using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>
/// Reads a <see cref="FlagshipProject"/> (with its <see cref="ProjectMilestone"/>s, <see cref="ProjectMeasure"/>s and
/// <see cref="ProjectCost"/>) of the embedded <c>projects.json</c>.
/// </summary>
internal static class FlagshipProjectReader
{
    private const string Where = "project";

    public static FlagshipProject Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, projectName = null, localName = null, owner = null, summary = null;
        CountryCode? country = null;
        ProjectKind? kind = null;
        ProjectStatus? status = null;
        bool? isBri = null;
        ProjectCost? cost = null;
        IReadOnlyList<string>? builders = null, financiers = null, investmentIds = null, sourceIds = null;
        IReadOnlyList<ProjectMilestone>? milestones = null;
        IReadOnlyList<ProjectMeasure>? measures = null;
        IReadOnlyList<int>? financeIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "name": projectName = String(ref r, s); break;
                case "localName": localName = StringOrNull(ref r, s); break;
                case "country": country = Country(ref r); break;
                case "kind": kind = Enum<ProjectKind>(ref r); break;
                case "status": status = Enum<ProjectStatus>(ref r); break;
                case "isBri": isBri = BoolOrNull(ref r); break;
                case "owner": owner = StringOrNull(ref r, s); break;
                case "builders": builders = Strings(ref r, s); break;
                case "financiers": financiers = Strings(ref r, s); break;
                case "summary": summary = String(ref r, s); break;
                case "milestones": milestones = Objects(ref r, s, ReadMilestone); break;
                case "measures": measures = Objects(ref r, s, ReadMeasure); break;
                case "cost": cost = ObjectOrNull(ref r, s, ReadCost); break;
                case "financeRecordIds": financeIds = Ints(ref r); break;
                case "investmentRecordIds": investmentIds = Strings(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new FlagshipProject
        {
            Id = id ?? throw Missing(Where, "id"),
            Name = projectName ?? throw Missing(Where, "name"),
            LocalName = localName,
            Country = country ?? throw Missing(Where, "country"),
            Kind = kind ?? throw Missing(Where, "kind"),
            Status = status ?? throw Missing(Where, "status"),
            IsBri = isBri,
            Owner = owner,
            Builders = builders ?? throw Missing(Where, "builders"),
            Financiers = financiers ?? throw Missing(Where, "financiers"),
            Summary = summary ?? throw Missing(Where, "summary"),
            Milestones = milestones ?? throw Missing(Where, "milestones"),
            Measures = measures ?? throw Missing(Where, "measures"),
            Cost = cost,
            FinanceRecordIds = financeIds ?? throw Missing(Where, "financeRecordIds"),
            InvestmentRecordIds = investmentIds ?? throw Missing(Where, "investmentRecordIds"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }

    private static ProjectMilestone ReadMilestone(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Milestone = "project milestone";
        MilestoneKind? kind = null;
        PartialDate? date = null;
        string? note = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Milestone))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "kind": kind = Enum<MilestoneKind>(ref r); break;
                case "date": date = Date(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Milestone);
            }
        }

        return new ProjectMilestone
        {
            Kind = kind ?? throw Missing(Milestone, "kind"),
            Date = date ?? throw Missing(Milestone, "date"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Milestone, "sourceIds"),
        };
    }

    private static ProjectMeasure ReadMeasure(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Measure = "project measure";
        string? label = null, note = null;
        MeasureUnit? unit = null;
        decimal? value = null;
        QuantityBound? bound = null;
        MeasureRole? role = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Measure))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "label": label = String(ref r, s); break;
                case "value": value = Decimal(ref r); break;
                case "unit": unit = Unit(ref r, s); break;
                case "role": role = Enum<MeasureRole>(ref r); break;
                case "bound": bound = Enum<QuantityBound>(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Measure);
            }
        }

        return new ProjectMeasure
        {
            Label = label ?? throw Missing(Measure, "label"),
            Value = value ?? throw Missing(Measure, "value"),
            Unit = unit ?? throw Missing(Measure, "unit"),
            Role = role,
            Bound = bound ?? throw Missing(Measure, "bound"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Measure, "sourceIds"),
        };
    }

    private static ProjectCost ReadCost(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Cost = "project cost";
        Money? amount = null;
        QuantityBound? bound = null;
        string? note = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Cost))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "amount": amount = Money(ref r); break;
                case "bound": bound = Enum<QuantityBound>(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Cost);
            }
        }

        return new ProjectCost
        {
            Amount = amount ?? throw Missing(Cost, "amount"),
            Bound = bound ?? throw Missing(Cost, "bound"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Cost, "sourceIds"),
        };
    }
}
