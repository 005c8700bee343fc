namespace CsMcp.Operations.Tests.Support;

/// <summary>Files of this repository, found from the test assembly's location (the checkout that was built).</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>Absolute path of a repository file given with forward slashes, e.g. "deploy/prometheus/alerts.yml".</summary>
    public static string File(string relativePath) =>
        Path.GetFullPath(Path.Combine([Root, .. relativePath.Split('/')]));

    public static string ReadText(string relativePath) => System.IO.File.ReadAllText(File(relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "CsMcp.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No CsMcp.sln above {AppContext.BaseDirectory}: run the tests from a build inside the repository.");
    }
}
