namespace CsMcp.Domain.Clients.Timeline;

/// <summary>One changed field as a timeline entry records it; a null value means "none".</summary>
public sealed record TimelineChange(string Field, string? PreviousValue, string? NewValue)
{
    public const string PreviousPrefix = "previous.";
    public const string NewPrefix = "new.";

    public string Describe() => $"{Field} from {PreviousValue ?? "(empty)"} to {NewValue ?? "(empty)"}";
}
