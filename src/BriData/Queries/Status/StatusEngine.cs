namespace BriData;

/// <summary>Replays a state's dated events in order to derive its status and its changes.</summary>
internal static class StatusEngine
{
    internal struct State
    {
        public DiplomaticRecognition Recognition;

        /// <summary>True when the last recognition change was the end of relations with Taipei (a switch in progress).</summary>
        public bool LeftTaipei;

        /// <summary>True when the last recognition change was the suspension of relations with the PRC.</summary>
        public bool LeftPrc;
        public BriStatus Bri;
        public FtaStage Fta;
        public FtaStage FtaUpgrade;
        public AiibStage Aiib;
    }

    /// <summary>The dated events of one country in <see cref="PartialDate"/> order (earliest day denoted, coarser first), then file order.</summary>
    public static PolicyEvent[] Ordered(IEnumerable<PolicyEvent> events)
    {
        // A stable sort with a comparison, not LINQ OrderBy over PartialDate (JIT-compiled on a first status; issue 15).
        var dated = events.Where(e => e.Date is not null).ToArray();
        StableSort.Sort(dated, static (a, b) => a.Date!.Value.CompareTo(b.Date!.Value));
        return dated;
    }

    /// <summary>The state after applying every event for which <paramref name="counts"/> is true.</summary>
    public static State Replay(IEnumerable<PolicyEvent> ordered, Func<PartialDate, bool> counts)
    {
        var state = default(State);
        foreach (var e in ordered)
        {
            if (counts(e.Date!.Value))
            {
                Apply(ref state, e);
            }
        }

        return state;
    }

    public static CountryStatus StatusOf(CountryCode country, IEnumerable<PolicyEvent> events, DateOnly asOf)
    {
        var ordered = Ordered(events);
        var certain = Replay(ordered, d => AsOfRule.HappenedBy(d, asOf));
        var possible = Replay(ordered, d => AsOfRule.MayHaveHappenedBy(d, asOf));
        var uncertain = new List<PolicyTrack>();
        if (certain.Recognition != possible.Recognition)
        {
            uncertain.Add(PolicyTrack.DiplomaticRelations);
        }

        if (certain.Bri != possible.Bri)
        {
            uncertain.Add(PolicyTrack.BeltAndRoad);
        }

        if (certain.Fta != possible.Fta || certain.FtaUpgrade != possible.FtaUpgrade)
        {
            uncertain.Add(PolicyTrack.FreeTrade);
        }

        if (certain.Aiib != possible.Aiib)
        {
            uncertain.Add(PolicyTrack.Aiib);
        }

        return new CountryStatus
        {
            Country = country,
            AsOf = asOf,
            Recognition = certain.Recognition,
            Bri = certain.Bri,
            Fta = certain.Fta,
            FtaUpgrade = certain.FtaUpgrade,
            Aiib = certain.Aiib,
            UncertainTracks = uncertain.AsReadOnly(),
            Events = Array.AsReadOnly(ordered.Where(e => AsOfRule.HappenedBy(e.Date!.Value, asOf)).ToArray()),
        };
    }

    /// <summary>Every change the events of one country make, in order.</summary>
    public static IEnumerable<StatusChange> Changes(CountryCode country, IEnumerable<PolicyEvent> events)
    {
        var state = default(State);
        foreach (var e in Ordered(events))
        {
            var change = Apply(ref state, e);
            if (change is StatusChangeKind kind)
            {
                yield return new StatusChange(country, e.Date!.Value, kind, e);
            }
        }
    }

    /// <summary>Applies one event; returns the change it makes, or null when it changes nothing worth listing.</summary>
    public static StatusChangeKind? Apply(ref State s, PolicyEvent e)
    {
        var before = s;
        switch (e.Kind)
        {
            case PolicyEventKind.PrcRelationsEstablished:
            case PolicyEventKind.PrcRelationsResumed:
                s.Recognition = DiplomaticRecognition.PeoplesRepublicOfChina;
                s.LeftTaipei = false;
                s.LeftPrc = false;
                return before.Recognition switch
                {
                    DiplomaticRecognition.PeoplesRepublicOfChina => null,
                    DiplomaticRecognition.Taipei => StatusChangeKind.SwitchedRecognitionToPrc,
                    DiplomaticRecognition.NoRelationsWithPrc when before.LeftTaipei => StatusChangeKind.SwitchedRecognitionToPrc,
                    DiplomaticRecognition.NoRelationsWithPrc => StatusChangeKind.ResumedRelationsWithPrc,
                    _ => e.Kind == PolicyEventKind.PrcRelationsResumed ? StatusChangeKind.ResumedRelationsWithPrc : StatusChangeKind.EstablishedRelationsWithPrc,
                };
            case PolicyEventKind.PrcRelationsSuspended:
                if (before.Recognition != DiplomaticRecognition.Taipei)
                {
                    s.Recognition = DiplomaticRecognition.NoRelationsWithPrc;
                    s.LeftTaipei = false;
                    s.LeftPrc = true;
                }

                return before.Recognition == DiplomaticRecognition.NoRelationsWithPrc ? null : StatusChangeKind.SuspendedRelationsWithPrc;
            case PolicyEventKind.TaipeiRecognized:
                s.Recognition = DiplomaticRecognition.Taipei;
                s.LeftTaipei = false;
                s.LeftPrc = false;
                return before.Recognition switch
                {
                    DiplomaticRecognition.Taipei => null,
                    DiplomaticRecognition.PeoplesRepublicOfChina => StatusChangeKind.SwitchedRecognitionToTaipei,
                    DiplomaticRecognition.NoRelationsWithPrc when before.LeftPrc => StatusChangeKind.SwitchedRecognitionToTaipei,
                    _ => StatusChangeKind.RecognisedTaipei,
                };
            case PolicyEventKind.TaipeiRelationsEnded:
                // The end of the Taipei interval. A switch usually records the PRC's relations first (same day or
                // earlier), so only a state still recorded as recognising Taipei changes here.
                if (before.Recognition != DiplomaticRecognition.Taipei)
                {
                    return null;
                }

                s.Recognition = DiplomaticRecognition.NoRelationsWithPrc;
                s.LeftTaipei = true;
                s.LeftPrc = false;
                return StatusChangeKind.EndedRecognitionOfTaipei;
            case PolicyEventKind.TaipeiAllyListed:
                // An as-of observation: it shows the state recognises Taipei on that day, but it is not a change.
                s.Recognition = DiplomaticRecognition.Taipei;
                s.LeftTaipei = false;
                s.LeftPrc = false;
                return null;
            case PolicyEventKind.BriMemorandumSigned:
            case PolicyEventKind.BriCooperationPlanSigned:
                s.Bri = BriStatus.Member;
                return before.Bri == BriStatus.Member ? null : StatusChangeKind.JoinedBri;
            case PolicyEventKind.BriWithdrawn:
                s.Bri = BriStatus.Withdrawn;
                return before.Bri == BriStatus.Member ? StatusChangeKind.LeftBri : null;
            case PolicyEventKind.BriDeclined:
                if (before.Bri == BriStatus.Member)
                {
                    return null;
                }

                s.Bri = BriStatus.Declined;
                return before.Bri == BriStatus.Declined ? null : StatusChangeKind.DeclinedBri;
            case PolicyEventKind.AiibApplicationPending:
                Advance(ref s.Aiib, AiibStage.ApplicationPending);
                return null;
            case PolicyEventKind.AiibProspectiveMemberApproved:
                return Advance(ref s.Aiib, AiibStage.ProspectiveMember) ? StatusChangeKind.ApprovedAsProspectiveAiibMember : null;
            case PolicyEventKind.AiibProspectiveFoundingMemberApproved:
                return Advance(ref s.Aiib, AiibStage.ProspectiveFoundingMember) ? StatusChangeKind.ApprovedAsProspectiveAiibMember : null;
            case PolicyEventKind.AiibJoined:
                return Advance(ref s.Aiib, AiibStage.Member) ? StatusChangeKind.JoinedAiib : null;
            default:
                if (e.Track == PolicyTrack.FreeTrade)
                {
                    var stage = FtaStageOf(e.Kind);
                    if (e.IsUpgrade)
                    {
                        return Advance(ref s.FtaUpgrade, stage) ? FtaChange(stage, upgrade: true) : null;
                    }

                    return Advance(ref s.Fta, stage) ? FtaChange(stage, upgrade: false) : null;
                }

                return null;
        }
    }

    internal static FtaStage FtaStageOf(PolicyEventKind kind) => kind switch
    {
        PolicyEventKind.FtaPrefeasibilityStudyAnnounced or PolicyEventKind.FtaFeasibilityStudyCompleted => FtaStage.Studied,
        PolicyEventKind.FtaNegotiationsLaunched or PolicyEventKind.FtaFirstNegotiatingRound or PolicyEventKind.FtaEarlyHarvest => FtaStage.UnderNegotiation,
        PolicyEventKind.FtaSigned => FtaStage.Signed,
        PolicyEventKind.FtaInForce => FtaStage.InForce,
        _ => FtaStage.None,
    };

    private static StatusChangeKind? FtaChange(FtaStage stage, bool upgrade) => stage switch
    {
        FtaStage.UnderNegotiation => upgrade ? StatusChangeKind.FtaUpgradeNegotiationsLaunched : StatusChangeKind.FtaNegotiationsLaunched,
        FtaStage.Signed => upgrade ? StatusChangeKind.FtaUpgradeSigned : StatusChangeKind.FtaSigned,
        FtaStage.InForce => upgrade ? StatusChangeKind.FtaUpgradeEnteredIntoForce : StatusChangeKind.FtaEnteredIntoForce,
        _ => null,
    };

    private static bool Advance<T>(ref T current, T next)
        where T : struct, Enum
    {
        if (Comparer<T>.Default.Compare(next, current) <= 0)
        {
            return false;
        }

        current = next;
        return true;
    }
}
