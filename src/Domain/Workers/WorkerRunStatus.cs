namespace CsMcp.Domain.Workers;

public enum WorkerRunStatus
{
    Succeeded,
    Failed,
}
