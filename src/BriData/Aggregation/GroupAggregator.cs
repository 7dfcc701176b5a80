using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriData;

/// <summary>
/// The group-by engine behind <see cref="FactQuery"/>.
/// </summary>
/// <remarks>
/// <para>Dense path (the product of the grouped cardinalities is at most <see cref="DenseSlotLimit"/>): every row's
/// group is a slot number Σ code × stride, computed a chunk of rows at a time through one small lookup table per
/// dimension (filters map excluded codes to a negative number, which lands in a discard slot); then one pass adds
/// each value and a count into its slot. Missing values are stored as 0, so the sum needs no test; they are counted
/// from the missing bitmap, one set bit at a time.</para>
/// <para>Rows are cut into at most <see cref="MaxPartitions"/> contiguous partitions (a function of the row and slot
/// counts only, never of the machine), aggregated in parallel and merged in partition order, so results are the same
/// bit for bit on every machine.</para>
/// <para>Hashed path (more slots than that): one pass with a hash map from the composite key to a group.</para>
/// </remarks>
internal static class GroupAggregator
{
    internal const int DenseSlotLimit = 1 << 22;
    private const int ChunkRows = 2048;
    private const int PartitionRows = 32_768;
    private const int MaxPartitions = 64;
    private const int Excluded = -(1 << 26);

    public static AggregateResult Run(FactTable table, int[] groupBy, (int Dimension, bool[] Keep)[] filters, FactMeasure? measure, Aggregates aggregates)
    {
        var result = RunDouble(table, groupBy, filters, measure, aggregates);
        return measure?.Exact is not null && (aggregates & (Aggregates.Sum | Aggregates.Mean)) != 0
            ? result.WithExactSums(ExactSums.Compute(table, groupBy.Select(table.DimensionAt).ToArray(), filters, measure, result))
            : result;
    }

    private static AggregateResult RunDouble(FactTable table, int[] groupBy, (int Dimension, bool[] Keep)[] filters, FactMeasure? measure, Aggregates aggregates)
    {
        var grouped = groupBy.Select(table.DimensionAt).ToArray();
        var slots = 1L;
        foreach (var d in grouped)
        {
            slots *= d.Cardinality;
            if (slots > DenseSlotLimit)
            {
                return RunHashed(table, grouped, groupBy, filters, measure, aggregates);
            }
        }

        if (table.RowCount == 0 || slots == 0)
        {
            return AggregateResult.Empty(grouped, measure, aggregates);
        }

        return RunDense(table, grouped, groupBy, filters, measure, aggregates, (int)slots);
    }

    private static AggregateResult RunDense(
        FactTable table, FactDimension[] grouped, int[] groupBy, (int Dimension, bool[] Keep)[] filters, FactMeasure? measure, Aggregates aggregates, int slots)
    {
        // One lookup table per dimension that takes part: code -> code × stride (grouped) or 0 (filter only); Excluded when filtered out.
        var codes = new List<CodeColumn>();
        var tables = new List<int[]>();
        var stride = 1;
        for (var g = grouped.Length - 1; g >= 0; g--)
        {
            bool[]? keep = null;
            foreach (var f in filters)
            {
                keep = f.Dimension == groupBy[g] ? f.Keep : keep;
            }

            var lookup = new int[grouped[g].Cardinality];
            for (var code = 0; code < lookup.Length; code++)
            {
                lookup[code] = keep is null || keep[code] ? code * stride : Excluded;
            }

            codes.Insert(0, grouped[g].Codes);
            tables.Insert(0, lookup);
            stride *= grouped[g].Cardinality;
        }

        foreach (var (dimension, keep) in filters)
        {
            if (Array.IndexOf(groupBy, dimension) < 0)
            {
                var lookup = new int[keep.Length];
                for (var code = 0; code < keep.Length; code++)
                {
                    lookup[code] = keep[code] ? 0 : Excluded;
                }

                codes.Add(table.DimensionAt(dimension).Codes);
                tables.Add(lookup);
            }
        }

        var plan = new Plan([.. codes], [.. tables], filters.Length > 0, slots, measure, (aggregates & (Aggregates.Min | Aggregates.Max)) != 0);
        var n = table.RowCount;
        var partitions = Math.Clamp(n / PartitionRows, 1, MaxPartitions);
        partitions = (int)Math.Min(partitions, Math.Max(1L, n / ((long)slots + 1)));
        var size = (int)Math.Min(n, ((((long)n + partitions - 1) / partitions) + ChunkRows - 1) / ChunkRows * ChunkRows);
        partitions = (int)(((long)n + size - 1) / size);

        var states = new PartitionState[partitions];
        try
        {
            if (partitions == 1)
            {
                states[0] = new PartitionState(plan);
                Process(plan, 0, n, states[0]);
            }
            else
            {
                Parallel.For(0, partitions, p =>
                {
                    var state = new PartitionState(plan);
                    Process(plan, p * size, (int)Math.Min(n, ((long)p + 1) * size), state);
                    states[p] = state;
                });
            }

            var total = states[0];
            for (var p = 1; p < partitions; p++)
            {
                total.Add(states[p], slots);
            }

            return Output(total, grouped, measure, aggregates, slots);
        }
        finally
        {
            foreach (var state in states)
            {
                state?.Return();
            }
        }
    }

    /// <summary>Aggregates rows <paramref name="start"/>..<paramref name="end"/>-1 (start a multiple of 64) into <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Process(Plan plan, int start, int end, PartitionState state)
    {
        if (!plan.MinMax && plan.Codes.Length <= 2)
        {
            FusedGroupKernels.Run(plan.Codes, plan.Tables, plan.Measure?.Values, start, end, (uint)plan.Slots, state.Accumulators);
        }
        else
        {
            ProcessInChunks(plan, start, end, state);
        }

        var bits = plan.Measure?.MissingBits;
        if (bits is null)
        {
            return;
        }

        // Missing values were added as 0; count them per slot, one set bit at a time.
        var lastWord = (end - 1) >> 6;
        for (var w = start >> 6; w <= lastWord; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var row = (w << 6) + BitOperations.TrailingZeroCount(word);
                state.Missing![SlotOf(plan, row)]++;
                word &= word - 1;
            }
        }
    }

    private static int SlotOf(Plan plan, int row)
    {
        var slot = 0;
        for (var d = 0; d < plan.Codes.Length; d++)
        {
            slot += plan.Tables[d][plan.Codes[d][row]];
        }

        return (int)Math.Min((uint)slot, (uint)plan.Slots);
    }

    /// <summary>The general loop (any number of dimensions, min and max): slots a chunk of rows at a time, then aggregates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ProcessInChunks(Plan plan, int start, int end, PartitionState state)
    {
        Span<int> keys = stackalloc int[ChunkRows];
        var trash = (uint)plan.Slots;
        ref var acc = ref MemoryMarshal.GetArrayDataReference(state.Accumulators);
        for (var chunk = start; chunk < end; chunk += ChunkRows)
        {
            var length = Math.Min(ChunkRows, end - chunk);
            var k = keys[..length];
            if (plan.Codes.Length == 0)
            {
                k.Clear();
            }
            else
            {
                for (var i = 0; i < plan.Codes.Length; i++)
                {
                    plan.Codes[i].Gather(chunk, k, plan.Tables[i], i == 0);
                }
            }

            for (var j = 0; j < k.Length; j++)
            {
                k[j] = (int)Math.Min((uint)k[j], trash);
            }

            ref var key = ref MemoryMarshal.GetReference(k);
            if (plan.Measure is null)
            {
                for (var j = 0; j < length; j++)
                {
                    Unsafe.Add(ref acc, Unsafe.Add(ref key, j)).Count++;
                }

                continue;
            }

            ref var value = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(plan.Measure.Values), chunk);
            for (var j = 0; j < length; j++)
            {
                ref var a = ref Unsafe.Add(ref acc, Unsafe.Add(ref key, j));
                a.Sum += Unsafe.Add(ref value, j);
                a.Count++;
            }

            if (plan.MinMax)
            {
                MinMax(k, chunk, plan.Measure.Values, plan.Measure.MissingBits, state.Min!, state.Max!);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MinMax(Span<int> keys, int chunk, double[] values, ulong[]? bits, double[] min, double[] max)
    {
        for (var j = 0; j < keys.Length; j++)
        {
            var row = chunk + j;
            if (bits is not null && (bits[row >> 6] & (1UL << row)) != 0)
            {
                continue;
            }

            var slot = keys[j];
            var v = values[row];
            if (v < min[slot])
            {
                min[slot] = v;
            }

            if (v > max[slot])
            {
                max[slot] = v;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AggregateResult Output(PartitionState total, FactDimension[] grouped, FactMeasure? measure, Aggregates aggregates, int slots)
    {
        var count = 0;
        var accumulators = total.Accumulators;
        for (var s = 0; s < slots; s++)
        {
            if (accumulators[s].Count > 0)
            {
                count++;
            }
        }

        var builder = new AggregateResult.Builder(grouped, measure, aggregates, count);

        // The codes of slot s, kept up to date like an odometer as s counts up (last dimension fastest).
        var digits = new int[grouped.Length];
        var i = 0;
        for (var s = 0; s < slots; s++)
        {
            ref var a = ref accumulators[s];
            if (a.Count > 0)
            {
                for (var g = 0; g < digits.Length; g++)
                {
                    builder.Codes[g][i] = digits[g];
                }

                builder.Set(i, (int)a.Count, (int)(total.Missing?[s] ?? 0), a.Sum, total.Min?[s] ?? 0, total.Max?[s] ?? 0);
                i++;
            }

            for (var g = digits.Length - 1; g >= 0; g--)
            {
                if (++digits[g] < grouped[g].Cardinality)
                {
                    break;
                }

                digits[g] = 0;
            }
        }

        return builder.Build();
    }

    private static AggregateResult RunHashed(
        FactTable table, FactDimension[] grouped, int[] groupBy, (int Dimension, bool[] Keep)[] filters, FactMeasure? measure, Aggregates aggregates)
    {
        var rowKeys = new CompositeKeys(table, grouped, filters);
        var strides = rowKeys.Strides;
        var index = new Dictionary<Int128, int>();
        var keys = new List<Int128>();
        var accumulators = new List<GroupAccumulator>();
        var missing = new List<long>();
        var mins = new List<double>();
        var maxs = new List<double>();
        var values = measure?.Values;
        for (var row = 0; row < table.RowCount; row++)
        {
            if (!rowKeys.TryKey(row, out var key))
            {
                continue;
            }

            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
            if (!exists)
            {
                group = keys.Count;
                keys.Add(key);
                accumulators.Add(default);
                missing.Add(0);
                mins.Add(double.PositiveInfinity);
                maxs.Add(double.NegativeInfinity);
            }

            ref var a = ref CollectionsMarshal.AsSpan(accumulators)[group];
            a.Count++;
            if (measure is null)
            {
                continue;
            }

            if (measure.IsMissing(row))
            {
                CollectionsMarshal.AsSpan(missing)[group]++;
                continue;
            }

            var v = values![row];
            a.Sum += v;
            ref var min = ref CollectionsMarshal.AsSpan(mins)[group];
            ref var max = ref CollectionsMarshal.AsSpan(maxs)[group];
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort(keys.ToArray(), order);
        var builder = new AggregateResult.Builder(grouped, measure, aggregates, order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            var gid = order[i];
            var rest = keys[gid];
            for (var g = 0; g < grouped.Length; g++)
            {
                var digit = rest / strides[g];
                builder.Codes[g][i] = (int)digit;
                rest -= digit * strides[g];
            }

            builder.Set(i, (int)accumulators[gid].Count, (int)missing[gid], accumulators[gid].Sum, mins[gid], maxs[gid]);
        }

        return builder.Build();
    }

    private sealed record Plan(CodeColumn[] Codes, int[][] Tables, bool Filtered, int Slots, FactMeasure? Measure, bool MinMax);

    /// <summary>The accumulators of one partition (one slot more than the groups: the discard slot of filtered-out rows).</summary>
    private sealed class PartitionState
    {
        public PartitionState(Plan plan)
        {
            var length = plan.Slots + 1;
            Accumulators = Rent<GroupAccumulator>(length, default);
            if (plan.Measure?.MissingBits is not null)
            {
                Missing = Rent<long>(length, 0);
            }

            if (plan.MinMax)
            {
                Min = Rent(length, double.PositiveInfinity);
                Max = Rent(length, double.NegativeInfinity);
            }
        }

        public GroupAccumulator[] Accumulators { get; }

        public long[]? Missing { get; }

        public double[]? Min { get; }

        public double[]? Max { get; }

        public void Add(PartitionState other, int slots)
        {
            for (var s = 0; s < slots; s++)
            {
                Accumulators[s].Sum += other.Accumulators[s].Sum;
                Accumulators[s].Count += other.Accumulators[s].Count;
            }

            if (Missing is not null)
            {
                for (var s = 0; s < slots; s++)
                {
                    Missing[s] += other.Missing![s];
                }
            }

            if (Min is not null)
            {
                for (var s = 0; s < slots; s++)
                {
                    Min[s] = Math.Min(Min[s], other.Min![s]);
                    Max![s] = Math.Max(Max[s], other.Max![s]);
                }
            }
        }

        public void Return()
        {
            ArrayPool<GroupAccumulator>.Shared.Return(Accumulators);
            if (Missing is not null)
            {
                ArrayPool<long>.Shared.Return(Missing);
            }

            if (Min is not null)
            {
                ArrayPool<double>.Shared.Return(Min);
                ArrayPool<double>.Shared.Return(Max!);
            }
        }

        private static T[] Rent<T>(int length, T initial)
        {
            var array = ArrayPool<T>.Shared.Rent(length);
            array.AsSpan(0, length).Fill(initial);
            return array;
        }
    }
}
