namespace CsMcp.Application.Common.Integrations.SupportDesk;

/// <summary>A knowledge-base article of the help center, in one locale.</summary>
public sealed record HelpCenterArticle(
    long Id,
    string Title,
    string? Body,
    string Locale,
    long? SectionId,
    long? AuthorId,
    bool Draft,
    IReadOnlyList<string> Labels,
    string? HtmlUrl,
    int VoteSum,
    int VoteCount,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record NewHelpCenterArticle
{
    public required long SectionId { get; init; }

    public required string Title { get; init; }

    /// <summary>HTML body.</summary>
    public required string Body { get; init; }

    /// <summary>Who may edit and publish the article (help center permission group id).</summary>
    public required long PermissionGroupId { get; init; }

    /// <summary>Who may read it; null = everyone.</summary>
    public long? UserSegmentId { get; init; }

    public string Locale { get; init; } = "en-us";

    public bool Draft { get; init; } = true;

    public IReadOnlyList<string> Labels { get; init; } = [];

    public bool NotifySubscribers { get; init; }
}

/// <summary>Changes to an article; null fields are left as they are. Title, body and draft apply to <see cref="Locale"/>.</summary>
public sealed record HelpCenterArticleUpdate
{
    public string Locale { get; init; } = "en-us";

    public string? Title { get; init; }

    public string? Body { get; init; }

    public bool? Draft { get; init; }

    /// <summary>Replaces the label list when given.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}
