// Loaded by the first cell of the map notebook: builds samples/BriData.NotebookSupport of this repository (the maps
// of Latin America and the Caribbean, with the Natural Earth boundaries embedded; not a package) and references the
// library it builds (how and why: repository-build.csx). It needs ScottPlot, which the same cell references:
// #r "nuget: ScottPlot, 5.1.59".
#load "repository-build.csx"

await RepositoryBuild.ReferenceAsync("samples/BriData.NotebookSupport/BriData.NotebookSupport.csproj", "BriData.NotebookSupport");
