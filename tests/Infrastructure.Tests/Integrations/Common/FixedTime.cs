namespace CsMcp.Infrastructure.Tests.Integrations.Common;

/// <summary>A clock fixed at one instant for "now", while delays and timeouts still run on the system timer (unlike FakeTimeProvider).</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
