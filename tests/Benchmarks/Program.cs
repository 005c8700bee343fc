using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace CsMcp.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // BenchmarkDotNet rebuilds this project and its references per job; on a busy build machine that takes longer
        // than its default two-minute build timeout.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
