using System.Reflection;
using BriData.Loading;
using BriData.Validation;

namespace BriData.Tests.Reliability;

/// <summary>
/// The class of fault behind issue 14's finding 10 (control and bidi-override characters accepted in text fields):
/// a text member that no rule checks. For every set in <see cref="DataSets.All"/> and every string member of its record
/// type, a bidi override put into the first record must be refused at its own path, so that a field added to a set
/// without its check fails here.
/// </summary>
public sealed class EveryTextMemberIsCheckedTests
{
    public static TheoryData<string, string> TextMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in DataSets.All)
        {
            foreach (var property in set.RecordType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(string) && property.SetMethod is not null)
                {
                    data.Add(set.Name, property.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextMembers))]
    public void A_bidi_override_in_a_text_member_is_refused_at_its_path(string setName, string member)
    {
        var set = DataSets.Find(setName)!;
        var content = BriDataset.Default.ToContent();
        var records = ((System.Collections.IEnumerable)set.Records(content)!).Cast<object>().ToList();
        var property = set.RecordType.GetProperty(member)!;
        var index = records.FindIndex(r => property.GetValue(r) is not null);
        index = Math.Max(index, 0);
        var clone = set.RecordType.GetMethod("<Clone>$")!.Invoke(records[index], null)!;
        property.SetValue(clone, "a\u202Eb");
        records[index] = clone;
        var typed = Array.CreateInstance(set.RecordType, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            typed.SetValue(records[i], i);
        }

        var problems = DatasetValidator.Validate(set.With(content, typed));

        var path = "$.records[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]." + char.ToLowerInvariant(member[0]) + member[1..];
        problems.Should().Contain(p => p.File == set.Name + ".json" && p.Path == path,
            $"{setName}.{member} holds U+202E, which the checks refuse in every text member (issue 14, finding 10)");
    }
}
