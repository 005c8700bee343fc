using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CsMcp.Application.Tests.Features.Core;

/// <summary>Runs each handler test on SQLite and PostgreSQL, with a fresh context per call like a request scope.</summary>
public abstract class CoreToolTestBase : IAsyncLifetime
{
    private readonly List<ServiceProvider> _services = [];

    protected FakeTimeProvider Clock { get; } = TestClock.Create();
    protected TestDatabase Database { get; private set; } = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var services in _services)
            await services.DisposeAsync();
        if (Database is not null)
            await Database.DisposeAsync();
    }

    protected async Task UseAsync(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        Database = await TestDatabase.CreateAsync(provider);
    }

    protected async Task<T> WithDb<T>(Func<CsMcpDbContext, Task<T>> action)
    {
        await using var db = Database.CreateContext();
        return await action(db);
    }

    /// <summary>A handler or Application service over this call's context, built from AddApplication's registrations like the server's.</summary>
    protected T Create<T>(CsMcpDbContext db, Action<IServiceCollection>? ports = null) where T : notnull
    {
        var services = TestServices.ForApplication(db, Clock, ports);
        _services.Add(services);
        return services.Create<T>();
    }

    protected async Task<RegisterClientResult> Register(string name, Action<RegisterClientBuilder>? configure = null)
    {
        var builder = new RegisterClientBuilder(name);
        configure?.Invoke(builder);
        return await WithDb(async db => await new RegisterClientHandler(db, Clock).Handle(builder.Build(), default));
    }

    protected Task<int> SetHealth(string clientId, int score) => WithDb(async db =>
    {
        var client = await db.Clients.SingleAsync(c => c.ClientId == clientId);
        client.HealthScore = score;
        return await db.SaveChangesAsync();
    });

    public sealed class RegisterClientBuilder(string name)
    {
        public string? Tier { get; set; }
        public decimal ContractValue { get; set; }
        public DateOnly? Start { get; set; }
        public DateOnly? End { get; set; }
        public string? Email { get; set; }
        public string? ZendeskOrganizationId { get; set; }
        public string? IntercomCompanyId { get; set; }
        public string? MixpanelGroupKey { get; set; }

        public RegisterClient Build() => new()
        {
            ClientName = name,
            CompanyName = $"{name} Ltd",
            Tier = Tier,
            ContractValue = ContractValue,
            ContractStartDate = Start,
            ContractEndDate = End,
            PrimaryContactEmail = Email,
            ZendeskOrganizationId = ZendeskOrganizationId,
            IntercomCompanyId = IntercomCompanyId,
            MixpanelGroupKey = MixpanelGroupKey,
        };
    }
}
