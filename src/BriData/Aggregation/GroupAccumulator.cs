using System.Runtime.InteropServices;

namespace BriData;

/// <summary>The running sum and row count of one group slot, side by side so that one cache line holds both.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct GroupAccumulator
{
    public double Sum;
    public long Count;
}
