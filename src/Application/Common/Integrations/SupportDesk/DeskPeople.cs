namespace CsMcp.Application.Common.Integrations.SupportDesk;

public enum DeskUserRole
{
    EndUser,
    Agent,
    Admin,
}

public sealed record DeskUser(
    long Id,
    string Name,
    string? Email,
    DeskUserRole Role,
    long? OrganizationId,
    string? ExternalId,
    string? Phone,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>Creates the user or updates the one with the same e-mail or external id.</summary>
public sealed record DeskUserUpsert
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public DeskUserRole Role { get; init; } = DeskUserRole.EndUser;

    public long? OrganizationId { get; init; }

    public string? ExternalId { get; init; }

    public string? Phone { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}

public sealed record DeskOrganization(
    long Id,
    string Name,
    string? ExternalId,
    IReadOnlyList<string> DomainNames,
    IReadOnlyList<string> Tags,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>Creates the organization or updates the one with the same external id.</summary>
public sealed record DeskOrganizationUpsert
{
    public required string Name { get; init; }

    /// <summary>Our id for the organization (the CsMcp client id); the desk matches on it.</summary>
    public required string ExternalId { get; init; }

    public IReadOnlyList<string> DomainNames { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }
}

/// <summary>One target of an SLA policy: for tickets of <see cref="Priority"/>, <see cref="Metric"/> within <see cref="TargetMinutes"/>.</summary>
public sealed record DeskSlaTarget(DeskTicketPriority Priority, string Metric, int TargetMinutes, bool BusinessHours);

public sealed record DeskSlaPolicy(
    long Id,
    string Title,
    string? Description,
    int Position,
    IReadOnlyList<DeskSlaTarget> Targets,
    DateTime CreatedAt,
    DateTime UpdatedAt);
