using CsMcp.Application.Features.Workers.Common;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Application.Tests.Features.Workers;

/// <summary>Runs workers through the real runner (AddApplication's registrations) on a fresh context per call.</summary>
public abstract class WorkerToolTestBase : CoreToolTestBase
{
    protected Task<WorkerRunReport> RunNow(WorkerName name, Action<IServiceCollection>? ports = null) =>
        WithDb(db => Create<WorkerRunner>(db, ports).RunNowAsync(name, default));

    protected Task<TResult> Handle<THandler, TResult>(Func<THandler, ValueTask<TResult>> call) where THandler : notnull =>
        WithDb(async db => await call(Create<THandler>(db)));

    protected Task Configure(WorkerName name, bool enabled, string? paramsJson = null) => WithDb(async (CsMcpDbContext db) =>
    {
        var setting = db.WorkerSettings.Single(s => s.Worker == name);
        setting.Enabled = enabled;
        if (paramsJson is not null)
            setting.ParamsJson = paramsJson;
        return await db.SaveChangesAsync();
    });
}
