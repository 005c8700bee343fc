namespace CsMcp.Domain.Health;

/// <summary>Input facts are counts and averages from stored data; impossible values are a mapping bug, so they throw.</summary>
internal static class FactGuard
{
    public static void NotNegative(int value, string name)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative; got {value}.");
    }

    public static void NotNegative(decimal value, string name)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative; got {HealthMath.Text(value)}.");
    }
}
