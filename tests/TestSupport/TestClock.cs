using Microsoft.Extensions.Time.Testing;

namespace CsMcp.TestSupport;

public static class TestClock
{
    /// <summary>The fixed "now" of handler tests: 2026-06-15 12:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
