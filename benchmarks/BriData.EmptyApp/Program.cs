// The cold-start baseline for benchmarks/README.md: the runtime's own start-up cost, with one line of output.
Console.WriteLine("ready");
