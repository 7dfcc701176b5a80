// Loaded by the first cell of every notebook in this folder (the line marked ★) until BriData is on nuget.org: builds
// src/BriData of this repository and references the library it builds (how and why: repository-build.csx). Once
// BriData is public, each notebook replaces its ★ line with #r "nuget: BriData, <version>" and this file can go.
#load "repository-build.csx"

await RepositoryBuild.ReferenceAsync("src/BriData/BriData.csproj", "BriData");
