using System.Text.Json;

namespace BriData.Loading;

/// <summary>
/// Reads a <c>manifest.json</c> of exactly the shape BriData writes (the four known properties, each once, and name, file, count and sha256 in each set, with the
/// expected types) with a <see cref="Utf8JsonReader"/>, without the serializer. It exists for start-up time: the first
/// answer of an application (<see cref="BriDataset.Version"/> and friends) then needs no JSON metadata at all.
/// </summary>
/// <remarks>
/// Anything else (unknown or repeated properties, other types, comments, malformed JSON) returns false, and the caller
/// falls back to the serializer, which ignores unknown properties and reports every problem with its path and line.
/// So this reader never decides that a manifest is bad; it only recognises the common good one.
/// </remarks>
internal static class ManifestFastReader
{
    /// <summary>Reads <paramref name="json"/> when it has the plain shape; false (and null) otherwise.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out DataManifest? manifest)
    {
        manifest = null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 8 });
            return TryReadManifest(ref reader, out manifest) && !reader.Read();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            manifest = null;
            return false;
        }
    }

    private static bool TryReadManifest(ref Utf8JsonReader reader, out DataManifest? manifest)
    {
        manifest = null;
        int? formatVersion = null;
        string? dataVersion = null;
        PartialDate? released = null;
        List<DataManifestEntry>? sets = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("formatVersion"u8) && formatVersion is null)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                {
                    return false;
                }

                formatVersion = value;
            }
            else if (reader.ValueTextEquals("dataVersion"u8) && dataVersion is null)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                dataVersion = reader.GetString();
            }
            else if (reader.ValueTextEquals("released"u8) && released is null)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String || !PartialDate.TryParse(reader.GetString(), out var value))
                {
                    return false;
                }

                released = value;
            }
            else if (reader.ValueTextEquals("sets"u8) && sets is null)
            {
                sets = ReadSets(ref reader);
                if (sets is null)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || formatVersion is null || dataVersion is null || released is null || sets is null)
        {
            return false;
        }

        manifest = new DataManifest { FormatVersion = formatVersion.Value, DataVersion = dataVersion, Released = released.Value, Sets = sets.AsReadOnly() };
        return true;
    }

    private static List<DataManifestEntry>? ReadSets(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var sets = new List<DataManifestEntry>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? name = null, file = null, sha256 = null;
            int? count = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("name"u8) && name is null)
                {
                    name = ReadString(ref reader);
                    if (name is null)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("file"u8) && file is null)
                {
                    file = ReadString(ref reader);
                    if (file is null)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("sha256"u8) && sha256 is null)
                {
                    sha256 = ReadString(ref reader);
                    if (sha256 is null)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("count"u8) && count is null)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                    {
                        return null;
                    }

                    count = value;
                }
                else
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || name is null || file is null || count is null)
            {
                return null;
            }

            sets.Add(new DataManifestEntry { Name = name, File = file, Count = count.Value, Sha256 = sha256 });
        }

        return reader.TokenType == JsonTokenType.EndArray ? sets : null;
    }

    private static string? ReadString(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
}
