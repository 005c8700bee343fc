using BenchmarkDotNet.Attributes;
using CsMcp.Application.Common.Behaviors;
using CsMcp.Infrastructure.Monitoring;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CsMcp.Benchmarks.Pipeline;

/// <summary>
/// What the three pipeline behaviors cost per call: a trivial handler called directly (the baseline) against the same
/// handler behind TimingBehavior -> ErrorCountingBehavior -> ValidationBehavior with the real Prometheus metrics and a
/// real FluentValidation validator. The Ratio and Alloc Ratio columns, and the difference of the Mean and Allocated
/// columns, are the pipeline's overhead.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[Config(typeof(OverheadConfig))]
public class PipelineOverheadBenchmarks
{
    private static readonly ProbeQuery Request = new() { ClientId = "cs_1764201600000_acme_corp", Limit = 50 };
    private static readonly ProbeResult Cached = new(Request.ClientId, 3);

    private readonly MessageHandlerDelegate<ProbeQuery, ProbeResult> _handler = static (_, _) => ValueTask.FromResult(Cached);
    private MessageHandlerDelegate<ProbeQuery, ProbeResult> _pipeline = null!;
    private MessageHandlerDelegate<ProbeQuery, ProbeResult> _validationOnly = null!;
    private MessageHandlerDelegate<ProbeQuery, ProbeResult> _metricsOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var toolMetrics = new PrometheusToolMetrics(new CsMcpMetrics());
        toolMetrics.Publish("benchmark_probe");
        toolMetrics.PublishErrorTypes();

        var timing = new TimingBehavior<ProbeQuery, ProbeResult>(toolMetrics, TimeProvider.System,
            Options.Create(new ToolPipelineOptions()), NullLogger<TimingBehavior<ProbeQuery, ProbeResult>>.Instance);
        var errors = new ErrorCountingBehavior<ProbeQuery, ProbeResult>(toolMetrics);
        var validation = new ValidationBehavior<ProbeQuery, ProbeResult>([new ProbeQueryValidator()]);

        // Composed once, as the generated mediator composes its pipeline once per handler: entry 0 is outermost.
        MessageHandlerDelegate<ProbeQuery, ProbeResult> validated = (message, ct) => validation.Handle(message, _handler, ct);
        MessageHandlerDelegate<ProbeQuery, ProbeResult> counted = (message, ct) => errors.Handle(message, validated, ct);
        _pipeline = (message, ct) => timing.Handle(message, counted, ct);

        _validationOnly = validated;
        MessageHandlerDelegate<ProbeQuery, ProbeResult> countedOnly = (message, ct) => errors.Handle(message, _handler, ct);
        _metricsOnly = (message, ct) => timing.Handle(message, countedOnly, ct);
    }

    [Benchmark(Baseline = true, Description = "Direct handler call")]
    public ValueTask<ProbeResult> Direct() => _handler(Request, CancellationToken.None);

    [Benchmark(Description = "Timing -> ErrorCounting -> Validation")]
    public ValueTask<ProbeResult> ThreeBehaviors() => _pipeline(Request, CancellationToken.None);

    [Benchmark(Description = "Timing -> ErrorCounting (metrics only)")]
    public ValueTask<ProbeResult> MetricsBehaviorsOnly() => _metricsOnly(Request, CancellationToken.None);

    [Benchmark(Description = "Validation only")]
    public ValueTask<ProbeResult> ValidationBehaviorOnly() => _validationOnly(Request, CancellationToken.None);
}
