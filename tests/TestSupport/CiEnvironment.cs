namespace CsMcp.TestSupport;

public static class CiEnvironment
{
    /// <summary>True under CI (CI=true), where optional tools and services must be present, so tests fail instead of skipping.</summary>
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
