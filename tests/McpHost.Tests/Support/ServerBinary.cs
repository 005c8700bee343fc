namespace CsMcp.McpHost.Tests.Support;

/// <summary>The built server, copied next to the tests because the test project references McpHost.</summary>
public static class ServerBinary
{
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "CsMcp.McpHost.dll");

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CsMcp.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CsMcp.sln not found above the test output folder.");
    }
}
