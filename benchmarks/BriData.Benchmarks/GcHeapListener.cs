using System.Diagnostics.Tracing;

namespace BriData.Benchmarks;

/// <summary>
/// The largest managed heap left after any garbage collection while it listens (the runtime's <c>GCHeapStats</c>
/// event: the sizes of the generations after each collection), that is the peak of what was live, garbage left out.
/// </summary>
public sealed class GcHeapListener : EventListener
{
    private long max;
    private long count;
    private long baseline = GC.CollectionCount(0);

    /// <summary>The largest heap after a collection seen so far, in bytes.</summary>
    public long MaxHeapAfterGc => Interlocked.Read(ref max);

    /// <summary>The collections seen so far.</summary>
    public long Collections => Interlocked.Read(ref count);

    /// <summary>Forgets what was seen.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref max, 0);
        Interlocked.Exchange(ref count, 0);
        baseline = GC.CollectionCount(0);
    }

    /// <summary>Waits (at most a second) until the events of the collections since <see cref="Reset"/> have arrived (they are dispatched in the background).</summary>
    public void Settle()
    {
        var target = GC.CollectionCount(0) - baseline;
        for (var i = 0; i < 100 && Collections < target; i++)
        {
            Thread.Sleep(10);
        }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (string.Equals(eventSource.Name, "Microsoft-Windows-DotNETRuntime", StringComparison.Ordinal))
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCHeapStats", StringComparison.Ordinal) || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        long heap = 0;
        for (var i = 0; i < eventData.PayloadNames.Count; i++)
        {
            if (eventData.PayloadNames[i] is "GenerationSize0" or "GenerationSize1" or "GenerationSize2" or "GenerationSize3" or "GenerationSize4")
            {
                heap += Convert.ToInt64(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Interlocked.Increment(ref count);
        long seen;
        while (heap > (seen = Interlocked.Read(ref max)) && Interlocked.CompareExchange(ref max, heap, seen) != seen)
        {
        }
    }
}
