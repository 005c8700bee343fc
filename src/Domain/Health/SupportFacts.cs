namespace CsMcp.Domain.Health;

/// <summary>Support tickets created in the lookback window. Zero tickets is data (a perfect support score), not a gap.</summary>
/// <param name="TicketsInWindow">All tickets created in the window, whatever their priority.</param>
/// <param name="HighPriorityTicketsInWindow">Of those, the P0 (critical) and P1 (high) tickets; at most <paramref name="TicketsInWindow"/>.</param>
public sealed record SupportFacts(int TicketsInWindow, int HighPriorityTicketsInWindow);
