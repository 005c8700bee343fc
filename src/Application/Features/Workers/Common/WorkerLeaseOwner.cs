namespace CsMcp.Application.Features.Workers.Common;

/// <summary>This process's name on a worker lease: host, process id and a per-start suffix, so two processes never share one.</summary>
public sealed record WorkerLeaseOwner(string Value)
{
    public static WorkerLeaseOwner ForThisProcess()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return new(name.Length <= Domain.Workers.WorkerSetting.MaxLeaseOwnerLength ? name : name[..Domain.Workers.WorkerSetting.MaxLeaseOwnerLength]);
    }
}
