[assembly: AssemblyFixture(typeof(BriData.Parquet.Tests.ExportFixture))]
