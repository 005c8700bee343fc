using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace CsMcp.Benchmarks.Pipeline;

/// <summary>A small read request shaped like the core tools' (a client id and a page size).</summary>
[Tool("benchmark_probe", Toolsets.Core, Title = "Benchmark probe", ReadOnly = true, Idempotent = true)]
[Description("A request used only to measure the pipeline.")]
public sealed record ProbeQuery : IQuery<ProbeResult>
{
    [Description("The client's id.")]
    public required string ClientId { get; init; }

    [Description("Maximum items, 1-1000.")]
    public int Limit { get; init; } = 100;
}

public sealed record ProbeResult(string ClientId, int Count);

/// <summary>The same rules get_client_timeline applies to its client id and limit.</summary>
public sealed class ProbeQueryValidator : ToolValidator<ProbeQuery>
{
    public const int MaxLimit = 1000;

    public ProbeQueryValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
    }
}
