using System.ComponentModel;
using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.CollectFeedback;

[Tool("collect_feedback", Toolsets.Feedback, Title = "Collect feedback")]
[Description("Stores a client's feedback with keyword sentiment, themes and routing (owner, follow-up date, escalation); on the client's timeline.")]
public sealed record CollectFeedback : ICommand<CollectFeedbackResult>
{
    [Description("Client id.")]
    public required string ClientId { get; init; }

    [Description("Kind of feedback.")]
    [OneOf<FeedbackType>]
    public required string FeedbackType { get; init; }

    [Description("e.g. survey, in-app, email, call, ticket; 1-50 chars.")]
    public required string Source { get; init; }

    [Description("Stored lower-case.")]
    public required string SubmitterEmail { get; init; }

    [Description("1-200 chars.")]
    public required string SubmitterName { get; init; }

    [Description("1-200 chars.")]
    public required string Title { get; init; }

    [Description("1-8000 chars.")]
    public required string Content { get; init; }

    [Description("Free text, e.g. product, service, support, billing; support/service route to support, billing to finance.")]
    public required string Category { get; init; }

    [Description("1-50 chars.")]
    public string? Subcategory { get; init; }

    [Description("Up to 20, each 1-50 chars.")]
    public IReadOnlyList<string>? Tags { get; init; }

    [Description("Default medium.")]
    [OneOf<FeedbackPriority>]
    public string Priority { get; init; } = "medium";

    [Description("Echoed back, not stored.")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }

    [Description("1-100 chars; a repeated key returns the first result, storing nothing.")]
    public string? IdempotencyKey { get; init; }
}

public sealed class CollectFeedbackHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<CollectFeedback, CollectFeedbackResult>
{
    /// <summary>The reference's fixed confidence of its keyword sentiment.</summary>
    public const decimal KeywordConfidence = 0.75m;

    public async ValueTask<CollectFeedbackResult> Handle(CollectFeedback command, CancellationToken cancellationToken)
    {
        var key = command.IdempotencyKey?.Trim();
        if (key is not null)
        {
            var existing = await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(f => f.IdempotencyKey == key, cancellationToken);
            if (existing is not null)
            {
                if (existing.ClientId != command.ClientId.Trim())
                    throw new ConflictException($"idempotency_key '{key}' was already used for {existing.FeedbackId} of client {existing.ClientId}. Use a new key for different feedback.");
                return Result(existing, command.Metadata, replayed: true);
            }
        }

        var client = await db.GetClientAsync(command.ClientId.Trim(), cancellationToken);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var title = command.Title.Trim();
        var content = command.Content.Trim();
        var type = EnumCodes<FeedbackType>.Parse(command.FeedbackType);
        var priority = EnumCodes<FeedbackPriority>.Parse(command.Priority);
        var category = command.Category.Trim().ToLowerInvariant();
        var (sentiment, score, _, _) = FeedbackRules.Sentiment(title, content);
        var followUp = FeedbackRules.FollowUpRequired(type, priority, sentiment);
        var item = new FeedbackItem
        {
            FeedbackId = await FeedbackKeys.MintAsync("FB", now, id => db.FeedbackItems.AnyAsync(f => f.FeedbackId == id, cancellationToken)),
            ClientId = client.ClientId,
            FeedbackType = type,
            Source = command.Source.Trim(),
            SubmitterName = command.SubmitterName.Trim(),
            SubmitterEmail = command.SubmitterEmail.Trim().ToLowerInvariant(),
            Title = title,
            Content = content,
            Category = category,
            Subcategory = command.Subcategory?.Trim(),
            Tags = [.. (command.Tags ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal)],
            Priority = priority,
            Sentiment = sentiment,
            SentimentScore = score,
            Themes = FeedbackRules.Themes(title, content),
            Emotion = FeedbackRules.Emotion(title, content),
            Status = FeedbackStatus.Open,
            FollowUpRequired = followUp,
            FollowUpDue = followUp ? today.AddDays(FeedbackRules.FollowUpDays(priority)) : null,
            Owner = FeedbackRules.Owner(type, category, priority),
            EscalationRequired = FeedbackRules.EscalationRequired(priority, sentiment),
            IdempotencyKey = key,
            SubmittedAt = now.UtcDateTime,
        };
        db.FeedbackItems.Add(item);
        db.ClientEvents.Add(ClientTimeline.FeedbackCollected(item));
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, command.Metadata, replayed: false);
    }

    private static CollectFeedbackResult Result(FeedbackItem item, Dictionary<string, JsonElement>? metadata, bool replayed)
    {
        var (_, _, positive, negative) = FeedbackRules.Sentiment(item.Title, item.Content);
        var nextSteps = new List<string>();
        if (item.EscalationRequired)
            nextSteps.Add($"Escalation required: {item.Owner} should act today.");
        if (item.FollowUpDue is { } due)
            nextSteps.Add($"{item.Owner} follows up with {item.SubmitterName} by {due:yyyy-MM-dd}.");
        nextSteps.Add($"Close the loop with manage_voice_of_customer action close_feedback_loop and client_id {item.ClientId} once the submitter has an answer.");
        return new CollectFeedbackResult(
            item.FeedbackId,
            replayed,
            FeedbackView.Of(item),
            new FeedbackSentimentAnalysis(item.Sentiment, item.SentimentScore, KeywordConfidence, item.Themes, item.Emotion, positive, negative, FeedbackRules.SentimentRule),
            new FeedbackRouting(item.Owner, item.Priority, item.FollowUpRequired, item.FollowUpDue, item.EscalationRequired, FeedbackRules.RoutingRule),
            FeedbackRules.ActionItems(item.FeedbackType, item.Priority, item.Sentiment),
            nextSteps,
            metadata);
    }
}
