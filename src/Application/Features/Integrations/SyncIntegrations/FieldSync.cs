namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>Assigns imported values only where they differ, so an unchanged row stays unmodified and is counted as unchanged.</summary>
internal sealed class FieldSync
{
    public bool Changed { get; private set; }

    public void Set<T>(T current, T next, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, next))
            return;
        assign(next);
        Changed = true;
    }

    public void SetList(List<string> current, IReadOnlyList<string> next, Action<List<string>> assign)
    {
        if (current.SequenceEqual(next, StringComparer.Ordinal))
            return;
        assign([.. next]);
        Changed = true;
    }
}
