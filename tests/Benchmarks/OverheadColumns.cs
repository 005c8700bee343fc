using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CsMcp.Benchmarks;

/// <summary>Adds the cost of each benchmark above its class's baseline, so the overhead is read off the summary directly.</summary>
public sealed class OverheadConfig : ManualConfig
{
    public OverheadConfig() =>
        AddColumn(OverheadColumn.MeanTime, OverheadColumn.MedianTime, OverheadColumn.AllocatedBytes);
}

/// <summary>This benchmark's statistic minus the baseline's: "-" on the baseline itself, "NA" when either has no result.</summary>
public sealed class OverheadColumn : IColumn
{
    public static readonly OverheadColumn MeanTime = new("Overhead", "Mean of this benchmark minus the Mean of the baseline",
        (summary, benchmark) => Time(summary[benchmark]?.ResultStatistics, s => s.Mean));

    public static readonly OverheadColumn MedianTime = new("Overhead Median", "Median of this benchmark minus the Median of the baseline (less sensitive to a loaded machine)",
        (summary, benchmark) => Time(summary[benchmark]?.ResultStatistics, s => s.Median));

    public static readonly OverheadColumn AllocatedBytes = new("Overhead Alloc", "Bytes allocated per operation by this benchmark minus those of the baseline",
        (summary, benchmark) => summary[benchmark] is { } report ? report.GcStats.GetBytesAllocatedPerOperation(benchmark) : null);

    private readonly Func<Summary, BenchmarkCase, double?> _value;
    private readonly string _unit;

    private OverheadColumn(string name, string legend, Func<Summary, BenchmarkCase, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
        _unit = name.EndsWith("Alloc", StringComparison.Ordinal) ? "B" : "ns";
    }

    public string Id => nameof(OverheadColumn) + "." + ColumnName;
    public string ColumnName { get; }
    public string Legend { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Baseline;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => summary.HasBaselines();

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary.IsBaseline(benchmarkCase))
            return "-";
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        if (baseline is null || _value(summary, benchmarkCase) is not { } value || _value(summary, baseline) is not { } baseValue)
            return "NA";

        var difference = value - baseValue;
        var format = _unit == "B" ? "N0" : difference >= 100_000 ? "N0" : "N1";
        return difference.ToString(format, style.CultureInfo ?? CultureInfo.InvariantCulture) + " " + _unit;
    }

    private static double? Time(Statistics? statistics, Func<Statistics, double> pick) => statistics is null ? null : pick(statistics);
}
