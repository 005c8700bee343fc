namespace CsMcp.Domain.Workers;

/// <summary>What started a run: the scheduler (the worker was due) or trigger_worker_now.</summary>
public enum WorkerTrigger
{
    Scheduled,
    Manual,
}
