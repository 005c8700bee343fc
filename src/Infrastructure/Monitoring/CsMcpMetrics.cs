using Prometheus;

namespace CsMcp.Infrastructure.Monitoring;

/// <summary>
/// The only place CsMcp creates metrics (an architecture test enforces it). Names, types and labels are the
/// public contract of docs/metrics.md, the Grafana dashboard and the alert rules. Every label value is bounded.
/// Each instance owns its registry so tests can read exact deltas without sharing process-wide state.
/// </summary>
public sealed class CsMcpMetrics
{
    private static readonly double[] ToolBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly double[] DatabaseBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
    private static readonly double[] ApiBuckets = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30];
    private static readonly double[] HealthBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
    private static readonly double[] WorkerBuckets = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    public CsMcpMetrics() : this(Metrics.NewCustomRegistry()) { }

    public CsMcpMetrics(CollectorRegistry registry)
    {
        Registry = registry;
        var factory = Metrics.WithCustomRegistry(registry);

        ToolExecutions = factory.CreateCounter("cs_mcp_tool_execution_total", "Tool calls that completed, by tool and outcome.",
            new CounterConfiguration { LabelNames = ["tool_name", "status"] });
        ToolDuration = factory.CreateHistogram("cs_mcp_tool_execution_duration_seconds", "Tool call duration through the whole pipeline.",
            new HistogramConfiguration { LabelNames = ["tool_name"], Buckets = ToolBuckets });
        DatabaseQueries = factory.CreateCounter("cs_mcp_database_query_total", "Database commands executed, by statement kind.",
            new CounterConfiguration { LabelNames = ["query_type"] });
        DatabaseDuration = factory.CreateHistogram("cs_mcp_database_query_duration_seconds", "Database command duration.",
            new HistogramConfiguration { LabelNames = ["query_type"], Buckets = DatabaseBuckets });
        PlatformApiCalls = factory.CreateCounter("cs_mcp_platform_api_calls_total", "Calls to Zendesk, Intercom, Mixpanel and SendGrid, by HTTP status or 'exception'.",
            new CounterConfiguration { LabelNames = ["integration", "endpoint", "status"] });
        PlatformApiDuration = factory.CreateHistogram("cs_mcp_platform_api_duration_seconds", "Platform API call duration.",
            new HistogramConfiguration { LabelNames = ["integration", "endpoint"], Buckets = ApiBuckets });
        HealthScoreCalculation = factory.CreateHistogram("cs_mcp_health_score_calculation_seconds", "Time to calculate one client's health score.",
            new HistogramConfiguration { Buckets = HealthBuckets });
        CacheHits = factory.CreateCounter("cs_mcp_cache_hits_total", "Cache lookups answered from the cache.",
            new CounterConfiguration { LabelNames = ["cache_type"] });
        CacheMisses = factory.CreateCounter("cs_mcp_cache_misses_total", "Cache lookups that had to compute the value.",
            new CounterConfiguration { LabelNames = ["cache_type"] });
        Errors = factory.CreateCounter("cs_mcp_errors_total", "Failed tool calls by error type (closed set).",
            new CounterConfiguration { LabelNames = ["error_type"] });
        ActiveConnections = factory.CreateGauge("cs_mcp_active_connections", "Tool calls currently executing.");
        MemoryUsage = factory.CreateGauge("cs_mcp_memory_usage_bytes", "Process working set in bytes, refreshed on every scrape.");
        WorkerRuns = factory.CreateCounter("cs_mcp_worker_runs_total", "Background worker runs, by worker and outcome (success or failure).",
            new CounterConfiguration { LabelNames = ["worker", "status"] });
        WorkerDuration = factory.CreateHistogram("cs_mcp_worker_run_duration_seconds", "Background worker run duration.",
            new HistogramConfiguration { LabelNames = ["worker"], Buckets = WorkerBuckets });
        WorkerFindings = factory.CreateGauge("cs_mcp_worker_findings", "Findings of each worker's last successful run.",
            new GaugeConfiguration { LabelNames = ["worker"] });
        WorkerLastSuccess = factory.CreateGauge("cs_mcp_worker_last_success_timestamp_seconds", "Unix time of each worker's last successful run, from the stored runs of every instance.",
            new GaugeConfiguration { LabelNames = ["worker"] });
        WorkerInterval = factory.CreateGauge("cs_mcp_worker_interval_seconds", "Configured interval of each enabled worker, while this process schedules workers.",
            new GaugeConfiguration { LabelNames = ["worker"] });

        registry.AddBeforeCollectCallback(() => MemoryUsage.Set(Environment.WorkingSet));
    }

    public CollectorRegistry Registry { get; }
    public Counter ToolExecutions { get; }
    public Histogram ToolDuration { get; }
    public Counter DatabaseQueries { get; }
    public Histogram DatabaseDuration { get; }
    public Counter PlatformApiCalls { get; }
    public Histogram PlatformApiDuration { get; }
    public Histogram HealthScoreCalculation { get; }
    public Counter CacheHits { get; }
    public Counter CacheMisses { get; }
    public Counter Errors { get; }
    public Gauge ActiveConnections { get; }
    public Gauge MemoryUsage { get; }
    public Counter WorkerRuns { get; }
    public Histogram WorkerDuration { get; }
    public Gauge WorkerFindings { get; }
    public Gauge WorkerLastSuccess { get; }
    public Gauge WorkerInterval { get; }
}
