using BenchmarkDotNet.Attributes;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Core.GetClientOverview;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.EndToEnd;

/// <summary>
/// get_client_overview in process, without a transport, on a migrated SQLite file in a temporary data directory with one
/// registered client: its handler called directly in a fresh DI scope (the baseline), against ISender.Send through the
/// real source-generated mediator and the three behaviors in a fresh scope, as the MCP SDK opens one per tool call.
/// Both include the handler's four SQLite queries, so the difference is the mediator plus the behaviors.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[Config(typeof(OverheadConfig))]
public class InProcessToolCallBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;
    private GetClientOverview _query = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), $"csmcp-bench-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CSMCP_DATA_DIR"] = _dataDirectory })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCsMcpCore(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.InitializeDatabaseAsync();

        await using var scope = _services.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RegisterClient
        {
            ClientName = "Acme Corp",
            CompanyName = "Acme Corporation",
            ContractValue = 120_000m,
            PrimaryContactEmail = "ops@acme.test",
            PrimaryContactName = "Dana Ops",
            Tier = "enterprise",
        });
        _query = new GetClientOverview { ClientId = registered.ClientId };
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "get_client_overview: handler called directly")]
    public async Task<ClientOverviewResult> DirectHandler()
    {
        await using var scope = _services.CreateAsyncScope();
        var handler = new GetClientOverviewHandler(
            scope.ServiceProvider.GetRequiredService<IAppDbContext>(), scope.ServiceProvider.GetRequiredService<IReadCache>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>());
        return await handler.Handle(_query, CancellationToken.None);
    }

    [Benchmark(Description = "get_client_overview: ISender.Send")]
    public async Task<ClientOverviewResult> MediatorSend()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(_query, CancellationToken.None);
    }
}
