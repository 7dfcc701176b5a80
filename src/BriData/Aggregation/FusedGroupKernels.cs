using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriData;

/// <summary>
/// The single-pass loops of the common queries: one or two dimensions take part (grouped or filtered), sum and count
/// only. slot = lookup0[code0] + lookup1[code1], clamped to the discard slot (a filtered-out code makes the sum
/// negative, which as an unsigned number is above every slot), then the value and a count go into that slot.
/// Specialised for each code width (1, 2 or 4 bytes) so that the loops have no branch.
/// </summary>
internal static class FusedGroupKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(CodeColumn[] codes, int[][] lookups, double[]? values, int start, int end, uint trash, GroupAccumulator[] acc)
    {
        switch (codes.Length)
        {
            case 0:
                ref var all = ref acc[0];
                all.Count += end - start;
                if (values is not null)
                {
                    var sum = 0.0;
                    foreach (var v in values.AsSpan(start, end - start))
                    {
                        sum += v;
                    }

                    all.Sum += sum;
                }

                break;
            case 1:
                switch (codes[0].Width)
                {
                    case 1: One(codes[0].Bytes!, lookups[0], values, start, end, trash, acc); break;
                    case 2: One(codes[0].Shorts!, lookups[0], values, start, end, trash, acc); break;
                    default: One(codes[0].Ints!, lookups[0], values, start, end, trash, acc); break;
                }

                break;
            default:
                switch (codes[0].Width)
                {
                    case 1: TwoFirst(codes[0].Bytes!, codes[1], lookups, values, start, end, trash, acc); break;
                    case 2: TwoFirst(codes[0].Shorts!, codes[1], lookups, values, start, end, trash, acc); break;
                    default: TwoFirst(codes[0].Ints!, codes[1], lookups, values, start, end, trash, acc); break;
                }

                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TwoFirst<T0>(T0[] first, CodeColumn second, int[][] lookups, double[]? values, int start, int end, uint trash, GroupAccumulator[] acc)
        where T0 : unmanaged, IBinaryInteger<T0>
    {
        switch (second.Width)
        {
            case 1: Two(first, second.Bytes!, lookups[0], lookups[1], values, start, end, trash, acc); break;
            case 2: Two(first, second.Shorts!, lookups[0], lookups[1], values, start, end, trash, acc); break;
            default: Two(first, second.Ints!, lookups[0], lookups[1], values, start, end, trash, acc); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void One<T0>(T0[] codes, int[] lookup, double[]? values, int start, int end, uint trash, GroupAccumulator[] acc)
        where T0 : unmanaged, IBinaryInteger<T0>
    {
        ref var c0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref var l0 = ref MemoryMarshal.GetArrayDataReference(lookup);
        ref var a = ref MemoryMarshal.GetArrayDataReference(acc);
        if (values is null)
        {
            for (var i = start; i < end; i++)
            {
                var slot = Math.Min((uint)Unsafe.Add(ref l0, int.CreateTruncating(Unsafe.Add(ref c0, i))), trash);
                Unsafe.Add(ref a, slot).Count++;
            }

            return;
        }

        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        for (var i = start; i < end; i++)
        {
            var slot = Math.Min((uint)Unsafe.Add(ref l0, int.CreateTruncating(Unsafe.Add(ref c0, i))), trash);
            ref var s = ref Unsafe.Add(ref a, slot);
            s.Sum += Unsafe.Add(ref v, i);
            s.Count++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Two<T0, T1>(T0[] codes0, T1[] codes1, int[] lookup0, int[] lookup1, double[]? values, int start, int end, uint trash, GroupAccumulator[] acc)
        where T0 : unmanaged, IBinaryInteger<T0>
        where T1 : unmanaged, IBinaryInteger<T1>
    {
        ref var c0 = ref MemoryMarshal.GetArrayDataReference(codes0);
        ref var c1 = ref MemoryMarshal.GetArrayDataReference(codes1);
        ref var l0 = ref MemoryMarshal.GetArrayDataReference(lookup0);
        ref var l1 = ref MemoryMarshal.GetArrayDataReference(lookup1);
        ref var a = ref MemoryMarshal.GetArrayDataReference(acc);
        if (values is null)
        {
            for (var i = start; i < end; i++)
            {
                var slot = Math.Min((uint)(Unsafe.Add(ref l0, int.CreateTruncating(Unsafe.Add(ref c0, i))) + Unsafe.Add(ref l1, int.CreateTruncating(Unsafe.Add(ref c1, i)))), trash);
                Unsafe.Add(ref a, slot).Count++;
            }

            return;
        }

        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        for (var i = start; i < end; i++)
        {
            var slot = Math.Min((uint)(Unsafe.Add(ref l0, int.CreateTruncating(Unsafe.Add(ref c0, i))) + Unsafe.Add(ref l1, int.CreateTruncating(Unsafe.Add(ref c1, i)))), trash);
            ref var s = ref Unsafe.Add(ref a, slot);
            s.Sum += Unsafe.Add(ref v, i);
            s.Count++;
        }
    }
}
