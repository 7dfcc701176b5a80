using System.Text;
using System.Text.Json;

namespace BriData.Loading;

/// <summary>
/// Follows a <see cref="Utf8JsonReader"/> token by token and keeps the JSON path of the current token
/// (<c>$.records[3].amount</c>): a property name has its property's path, an array item its index, an end token
/// the path of its container.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> frames = [];
    private readonly StringBuilder path = new("$");

    /// <summary>The path of the last token passed to <see cref="Advance"/>.</summary>
    public string Current => path.ToString();

    /// <summary>True when the last token starts a value or names a property (it has a path of its own).</summary>
    public bool IsNewPath { get; private set; }

    /// <summary>Updates the path for the token the reader is on.</summary>
    public void Advance(ref Utf8JsonReader reader)
    {
        IsNewPath = false;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                path.Length = frames[^1].PathLength;
                path.Append('.').Append(reader.GetString());
                IsNewPath = true;
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.RemoveAt(frames.Count - 1);
                path.Length = frames.Count > 0 ? frames[^1].PathLength : 1;
                break;
            default:
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var array = frames[^1];
                    array.Index++;
                    frames[^1] = array;
                    path.Length = array.PathLength;
                    path.Append('[').Append(array.Index).Append(']');
                    IsNewPath = true;
                }
                else if (frames.Count == 0)
                {
                    IsNewPath = true;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, path.Length));
                }

                break;
        }
    }

    private record struct Frame(bool IsArray, int PathLength)
    {
        public int Index { get; set; } = -1;
    }
}
