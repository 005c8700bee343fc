using System.Text.Json.Serialization;

namespace CsMcp.Domain.Support;

/// <summary>The original's priorities, spelled "P0".."P4" on the wire and in storage (parsing is case-insensitive).</summary>
public enum TicketPriority
{
    /// <summary>Critical: service down.</summary>
    [JsonStringEnumMemberName("P0")]
    P0,

    /// <summary>High.</summary>
    [JsonStringEnumMemberName("P1")]
    P1,

    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("P2")]
    P2,

    /// <summary>Normal.</summary>
    [JsonStringEnumMemberName("P3")]
    P3,

    /// <summary>Low.</summary>
    [JsonStringEnumMemberName("P4")]
    P4,
}
