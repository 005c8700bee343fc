using CsMcp.Application.Common.Behaviors;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace CsMcp.Application.Tests.Behaviors;

public class ErrorCountingBehaviorTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new ValidationException("limit", "must be positive"), "validation" },
        { NotFoundException.Client("cs_1_a"), "not_found" },
        { new ConflictException("duplicate"), "conflict" },
        { new OperationCanceledException(), "cancelled" },
        { new TimeoutException(), "timeout" },
        { new DbUpdateException("constraint"), "database" },
        { new InvalidOperationException("bug"), "internal" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Counts_each_failure_under_its_closed_error_type_and_rethrows_it(Exception failure, string errorType)
    {
        var metrics = Substitute.For<IToolMetrics>();
        var behavior = new ErrorCountingBehavior<ProbeRequest, string>(metrics);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await behavior.Handle(new ProbeRequest("a", 1), (_, _) => ValueTask.FromException<string>(failure), default));

        Assert.Same(failure, thrown);
        metrics.Received(1).ErrorRecorded(errorType);
    }

    [Fact]
    public async Task Records_nothing_on_success()
    {
        var metrics = Substitute.For<IToolMetrics>();
        var behavior = new ErrorCountingBehavior<ProbeRequest, string>(metrics);

        Assert.Equal("ok", await behavior.Handle(new ProbeRequest("a", 1), (_, _) => ValueTask.FromResult("ok"), default));
        metrics.DidNotReceiveWithAnyArgs().ErrorRecorded(default!);
    }

    [Fact]
    public void Every_classification_is_in_the_closed_set()
    {
        foreach (var (failure, _) in Failures.Select(row => ((Exception)row[0], (string)row[1])))
            Assert.Contains(ErrorCountingBehavior<ProbeRequest, string>.Classify(failure), ErrorTypes.All);
    }
}
