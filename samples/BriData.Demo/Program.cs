using BriData;
using BriData.Demo;

// A tour of the embedded data: dotnet run --project samples/BriData.Demo
Tour.Run(BriDataset.Default, Console.Out);
