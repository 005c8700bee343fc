namespace CsMcp.Application.Common.Integrations.Messaging;

public enum MessagingContactRole
{
    User,
    Lead,
}

/// <summary>A person in the messaging platform. Custom attribute values are given as text (JSON for non-strings).</summary>
public sealed record MessagingContact(
    string Id,
    MessagingContactRole Role,
    string? ExternalId,
    string? Email,
    string? Name,
    string? Phone,
    DateTime? CreatedAt,
    DateTime? UpdatedAt,
    DateTime? SignedUpAt,
    DateTime? LastSeenAt,
    DateTime? LastRepliedAt,
    DateTime? LastContactedAt,
    IReadOnlyDictionary<string, string?> CustomAttributes);

/// <summary>Creates the contact or updates the one with the same external id (else e-mail).</summary>
public sealed record MessagingContactUpsert
{
    public string? ExternalId { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public MessagingContactRole Role { get; init; } = MessagingContactRole.User;

    public DateTime? SignedUpAt { get; init; }

    /// <summary>Values: string, bool, whole or decimal numbers, or null; the attributes must exist in the workspace.</summary>
    public IReadOnlyDictionary<string, object?> CustomAttributes { get; init; } = new Dictionary<string, object?>();
}

/// <summary>Contact search criteria; all given criteria must match.</summary>
public sealed record MessagingContactSearch
{
    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public DateTime? UpdatedSince { get; init; }
}

/// <summary>A company (account) in the messaging platform; <see cref="CompanyId"/> is our id for it.</summary>
public sealed record MessagingCompany(
    string Id,
    string CompanyId,
    string? Name,
    string? Plan,
    decimal? MonthlySpend,
    int? Size,
    string? Industry,
    string? Website,
    int? UserCount,
    int? SessionCount,
    DateTime? CreatedAt,
    DateTime? UpdatedAt,
    DateTime? LastRequestAt);

/// <summary>Creates the company or updates the one with the same <see cref="CompanyId"/>.</summary>
public sealed record MessagingCompanyUpsert
{
    public required string CompanyId { get; init; }

    public string? Name { get; init; }

    public string? Plan { get; init; }

    public decimal? MonthlySpend { get; init; }

    public int? Size { get; init; }

    public string? Industry { get; init; }

    public string? Website { get; init; }

    public IReadOnlyDictionary<string, object?> CustomAttributes { get; init; } = new Dictionary<string, object?>();
}
