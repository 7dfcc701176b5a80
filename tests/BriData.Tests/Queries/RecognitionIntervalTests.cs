namespace BriData.Tests.Queries;

/// <summary>
/// The recognition rules of <see cref="StatusEngine"/> on hand-made event lists: intervals with Taipei closed by
/// <see cref="PolicyEventKind.TaipeiRelationsEnded"/>, and switches recorded a few days apart.
/// </summary>
public sealed class RecognitionIntervalTests
{
    private static readonly CountryCode Slv = CountryCode.Parse("SLV");

    private static PolicyEvent E(PolicyEventKind kind, string date) => new()
    {
        Id = kind + "-" + date,
        Kind = kind,
        Country = Slv,
        Date = PartialDate.Parse(date),
        AlternativeDates = [],
        Title = kind.ToString(),
        SourceIds = ["test"],
    };

    private static StatusChangeKind[] Changes(params PolicyEvent[] events) =>
        StatusEngine.Changes(Slv, events).Select(c => c.Kind).ToArray();

    private static DiplomaticRecognition On(string day, params PolicyEvent[] events) =>
        StatusEngine.StatusOf(Slv, events, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Recognition;

    [Fact]
    public void An_end_of_relations_with_taipei_leaves_neither_until_the_prc()
    {
        var events = new[]
        {
            E(PolicyEventKind.TaipeiRecognized, "1946-01-06"),
            E(PolicyEventKind.TaipeiRelationsEnded, "1971"),
            E(PolicyEventKind.PrcRelationsEstablished, "1980-01-02"),
        };
        On("1950-01-01", events).Should().Be(DiplomaticRecognition.Taipei);
        On("1975-01-01", events).Should().Be(DiplomaticRecognition.NoRelationsWithPrc);
        On("1980-01-02", events).Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        Changes(events).Should().Equal(
            StatusChangeKind.RecognisedTaipei, StatusChangeKind.EndedRecognitionOfTaipei, StatusChangeKind.SwitchedRecognitionToPrc);
    }

    [Fact]
    public void An_end_recorded_after_the_prc_relations_changes_nothing()
    {
        var events = new[]
        {
            E(PolicyEventKind.TaipeiRecognized, "1944"),
            E(PolicyEventKind.PrcRelationsEstablished, "2007-06-01"),
            E(PolicyEventKind.TaipeiRelationsEnded, "2007-06-07"),
        };
        On("2007-06-10", events).Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        Changes(events).Should().Equal(StatusChangeKind.RecognisedTaipei, StatusChangeKind.SwitchedRecognitionToPrc);
    }

    [Fact]
    public void Taipei_recognised_after_a_prc_suspension_is_a_switch_and_a_plain_suspension_is_not()
    {
        var switched = new[]
        {
            E(PolicyEventKind.PrcRelationsEstablished, "1985-12"),
            E(PolicyEventKind.PrcRelationsSuspended, "1990"),
            E(PolicyEventKind.TaipeiRecognized, "1990"),
        };
        Changes(switched).Should().Equal(
            StatusChangeKind.EstablishedRelationsWithPrc, StatusChangeKind.SuspendedRelationsWithPrc, StatusChangeKind.SwitchedRecognitionToTaipei);

        var suspendedOnly = new[]
        {
            E(PolicyEventKind.PrcRelationsEstablished, "1985-12"),
            E(PolicyEventKind.PrcRelationsSuspended, "1990"),
            E(PolicyEventKind.PrcRelationsResumed, "2000"),
        };
        Changes(suspendedOnly).Should().Equal(
            StatusChangeKind.EstablishedRelationsWithPrc, StatusChangeKind.SuspendedRelationsWithPrc, StatusChangeKind.ResumedRelationsWithPrc);
    }

    [Fact]
    public void An_end_of_taipei_relations_is_a_diplomatic_event()
    {
        E(PolicyEventKind.TaipeiRelationsEnded, "2018-08-20").Track.Should().Be(PolicyTrack.DiplomaticRelations);
        E(PolicyEventKind.BriMemorandumSigned, "2018").Track.Should().Be(PolicyTrack.BeltAndRoad);
    }
}
