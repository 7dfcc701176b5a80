using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="Source"/>.</summary>
internal static class SourceColumns
{
    public static ColumnTable<Source> Create() => new(
        "sources",
        [
            Text<Source>("id", r => r.Id, "stable source id", ColumnRole.Key),
            Enum<Source, SourceKind>("kind", r => r.Kind, "SourceKind name"),
            Text<Source>("publisher", r => r.Publisher, "publisher", ColumnRole.Dimension),
            Text<Source>("title", r => r.Title, "title (a label)", show: ColumnPlacement.Table),
            Text<Source>("address", r => r.Address, "URL as read"),
            Date<Source>("published", r => r.Published, "publication date, ISO 8601 to its precision; empty when unknown", show: ColumnPlacement.Table),
            Text<Source>("licence", r => r.Licence, "terms of use", ColumnRole.Dimension),
            Text<Source>("version", r => r.Version, "release or revision read; empty when none"),
            Date<Source>("retrieved_on", r => r.RetrievedOn, "day the source was read, ISO 8601", label: "Retrieved", show: ColumnPlacement.Table),
            Text<Source>("note", r => r.Note, "our note; empty when none"),
        ],
        row => new Source
        {
            Id = row.GetRequiredText("id"),
            Kind = row.GetEnum<SourceKind>("kind"),
            Publisher = row.GetRequiredText("publisher"),
            Title = row.GetRequiredText("title"),
            Address = row.GetRequiredText("address"),
            Published = row.GetNullableDate("published"),
            Licence = row.GetRequiredText("licence"),
            Version = row.GetText("version"),
            RetrievedOn = row.GetDate("retrieved_on"),
            Note = row.GetText("note"),
        });
}
