using CsMcp.Application.Common.Behaviors;
using CsMcp.Application.Common.Interfaces;
using CsMcp.TestSupport;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace CsMcp.Application.Tests.Behaviors;

public class TimingBehaviorTests
{
    private readonly IToolMetrics _metrics = Substitute.For<IToolMetrics>();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClock.Create();
    private readonly ListLogger<TimingBehavior<ProbeRequest, string>> _logger = new();

    private TimingBehavior<ProbeRequest, string> Behavior() =>
        new(_metrics, _time, Options.Create(new ToolPipelineOptions()), _logger);

    private MessageHandlerDelegate<ProbeRequest, string> Taking(TimeSpan duration, Exception? failure = null) => (_, _) =>
    {
        _time.Advance(duration);
        return failure is null ? ValueTask.FromResult("ok") : ValueTask.FromException<string>(failure);
    };

    [Fact]
    public async Task Records_a_success_with_the_tool_name_and_elapsed_time()
    {
        var result = await Behavior().Handle(new ProbeRequest("a", 1), Taking(TimeSpan.FromMilliseconds(250)), default);

        Assert.Equal("ok", result);
        Received.InOrder(() =>
        {
            _metrics.CallStarted();
            _metrics.CallFinished("behavior_probe", true, TimeSpan.FromMilliseconds(250));
        });
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task Records_a_failure_and_rethrows()
    {
        var failure = new InvalidOperationException("boom");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Behavior().Handle(new ProbeRequest("a", 1), Taking(TimeSpan.FromMilliseconds(10), failure), default));

        Assert.Same(failure, thrown);
        _metrics.Received(1).CallFinished("behavior_probe", false, TimeSpan.FromMilliseconds(10));
    }

    [Theory]
    [InlineData(999, null)]
    [InlineData(1000, LogLevel.Warning)]
    [InlineData(4999, LogLevel.Warning)]
    [InlineData(5000, LogLevel.Error)]
    public async Task Logs_slow_calls_at_the_configured_thresholds(int milliseconds, LogLevel? expected)
    {
        await Behavior().Handle(new ProbeRequest("a", 1), Taking(TimeSpan.FromMilliseconds(milliseconds)), default);

        if (expected is null)
        {
            Assert.Empty(_logger.Entries);
            return;
        }

        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(expected, entry.Level);
        Assert.StartsWith($"Slow tool call: behavior_probe took {milliseconds} ms", entry.Message, StringComparison.Ordinal);
    }
}
