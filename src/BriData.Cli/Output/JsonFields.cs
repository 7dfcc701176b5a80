using System.Text.Json;

namespace BriData.Cli.Output;

/// <summary>
/// Writes the JSON shapes shared by several commands (a source, a policy event, a country, lists of ids) with
/// snake_case keys. Dates are ISO text to their precision, enums their member names, missing values null.
/// </summary>
internal static class JsonFields
{
    /// <summary>Writes a source as an object: id, publisher, title, address, licence, citation (null fields when the id is not in the list).</summary>
    public static void Source(Utf8JsonWriter writer, string id, Source? source)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("publisher", source?.Publisher);
        writer.WriteString("title", source?.Title);
        writer.WriteString("address", source?.Address);
        writer.WriteString("licence", source?.Licence);
        writer.WriteString("citation", source?.Citation);
        writer.WriteEndObject();
    }

    /// <summary>Writes a policy event as an object.</summary>
    public static void Event(Utf8JsonWriter writer, PolicyEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("date", e.Date?.ToString());
        writer.WriteString("country", e.Country?.Alpha3);
        writer.WriteString("kind", e.Kind.ToString());
        writer.WriteString("track", e.Track.ToString());
        writer.WriteString("title", e.Title);
        writer.WriteString("agreement", e.Agreement);
        writer.WriteString("note", e.Note);
        writer.WriteStartArray("alternative_dates");
        foreach (var alternative in e.AlternativeDates)
        {
            writer.WriteStartObject();
            writer.WriteString("date", alternative.Date.ToString());
            writer.WriteString("note", alternative.Note);
            Strings(writer, "source_ids", alternative.SourceIds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Strings(writer, "source_ids", e.SourceIds);
        writer.WriteEndObject();
    }

    /// <summary>Writes a country as a short object: code, name, region.</summary>
    public static void Country(Utf8JsonWriter writer, Country country)
    {
        writer.WriteStartObject();
        writer.WriteString("code", country.Code.Alpha3);
        writer.WriteString("name", country.Name);
        writer.WriteString("subregion", country.IntermediateRegion ?? country.Subregion);
        writer.WriteEndObject();
    }

    /// <summary>Writes a named array of strings.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a named decimal, or null when missing.</summary>
    public static void Decimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
