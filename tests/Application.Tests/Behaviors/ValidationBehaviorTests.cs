using CsMcp.Application.Common.Behaviors;
using CsMcp.Application.Common.Exceptions;

namespace CsMcp.Application.Tests.Behaviors;

public class ValidationBehaviorTests
{
    private int _handlerCalls;

    private ValueTask<string> Handler(ProbeRequest request, CancellationToken cancellationToken)
    {
        _handlerCalls++;
        return ValueTask.FromResult("handled");
    }

    [Fact]
    public async Task Invalid_request_never_reaches_the_handler_and_lists_every_broken_rule()
    {
        var behavior = new ValidationBehavior<ProbeRequest, string>([new ProbeRequestValidator()]);

        var error = await Assert.ThrowsAsync<ValidationException>(async () => await behavior.Handle(new ProbeRequest("a/b", 0), Handler, default));

        Assert.Equal(0, _handlerCalls);
        Assert.Equal(["client_id", "limit"], error.Errors.Keys.Order().ToArray());
        Assert.Equal("'client_id' must not contain path traversal sequences ('..', '/', '\\').", Assert.Single(error.Errors["client_id"]));
        Assert.Equal("'limit' must be between 1 and 10; got 0.", Assert.Single(error.Errors["limit"]));
        Assert.Equal("validation", error.ErrorType);
    }

    [Fact]
    public async Task Argument_names_stay_snake_case_when_validators_run_again()
    {
        for (var run = 0; run < 3; run++)
        {
            var behavior = new ValidationBehavior<ProbeRequest, string>([new ProbeRequestValidator()]);

            var error = await Assert.ThrowsAsync<ValidationException>(async () => await behavior.Handle(new ProbeRequest("", 11), Handler, default));

            Assert.Equal("'client_id' must be a non-empty string.", Assert.Single(error.Errors["client_id"]));
            Assert.Equal("'limit' must be between 1 and 10; got 11.", Assert.Single(error.Errors["limit"]));
        }
    }

    [Fact]
    public async Task Valid_request_reaches_the_handler_once()
    {
        var behavior = new ValidationBehavior<ProbeRequest, string>([new ProbeRequestValidator()]);

        Assert.Equal("handled", await behavior.Handle(new ProbeRequest("cs_1_a", 5), Handler, default));
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Request_without_validators_passes_through()
    {
        var behavior = new ValidationBehavior<ProbeRequest, string>([]);

        Assert.Equal("handled", await behavior.Handle(new ProbeRequest("a/b", 0), Handler, default));
    }
}
