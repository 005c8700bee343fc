using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Feedback;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed partial class ManageVoiceOfCustomerHandler
{
    public const string NotNotifiedPrefix = "not notified: ";

    private async Task<ManageVoiceOfCustomerResult> TrackLoopAsync(VocContext c, CancellationToken cancellationToken)
    {
        var loop = LoopSummary(await FeedbackAsync(c, c.Period.From, c.Period.Until, cancellationToken), c.Now);
        var notes = loop.TotalItems == 0 ? new List<string> { $"No feedback submitted {c.PeriodText} in scope: the rates are missing, not zero." } : [];
        var message = loop.TotalItems == 0
            ? $"No feedback in {c.PeriodText}."
            : string.Create(CultureInfo.InvariantCulture, $"{loop.ClosedLoops} of {loop.TotalItems} loops closed (closure rate {loop.ClosureRate}); {loop.FollowUpsOverdue} follow-ups overdue.");
        return Result(c, VocAction.TrackFeedbackLoop, message, $"Feedback items submitted {c.PeriodText} by {c.ScopeText}, their status, closure and follow-up dates.",
            [LoopRule], notes, loop: loop);
    }

    private async Task<ManageVoiceOfCustomerResult> CloseLoopsAsync(VocContext c, CancellationToken cancellationToken)
    {
        if (c.Request.FeedbackIds is not { Count: > 0 } given)
            return await ListOpenLoopsAsync(c, cancellationToken);

        var ids = given.Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var items = await db.FeedbackItems.Where(f => ids.Contains(f.FeedbackId)).ToListAsync(cancellationToken);
        var unknown = ids.Except(items.Select(f => f.FeedbackId), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new ValidationException("feedback_ids",
                $"'feedback_ids' has ids with no stored feedback: {string.Join(", ", unknown)}. Call close_feedback_loop without feedback_ids to list the open loops.");
        if (c.ClientId is { } clientId && items.Where(f => f.ClientId != clientId).Select(f => f.FeedbackId).ToList() is { Count: > 0 } foreign)
            throw new ValidationException("feedback_ids", $"'feedback_ids' has feedback of other clients than {clientId}: {string.Join(", ", foreign)}. Leave them out or omit client_id.");

        var notes = c.Request.ClosureNotes?.Trim();
        var results = new List<ClosedLoopItem>();
        foreach (var item in items.OrderBy(f => ids.IndexOf(f.FeedbackId)))
        {
            if (item.Status == FeedbackStatus.Closed)
            {
                results.Add(new ClosedLoopItem(item.FeedbackId, item.ClientId, "already_closed", item.ClosedAt, item.ClosureNotes, "not notified: already closed"));
                continue;
            }

            item.Status = FeedbackStatus.Closed;
            item.ClosedLoop = true;
            item.ClosedAt = c.Now;
            item.ClosureNotes = notes;
            var notification = await NotifyAsync(item, cancellationToken);
            db.ClientEvents.Add(ClientTimeline.FeedbackClosed(item, notification == EmailDelivery.Sent, c.Now));
            results.Add(new ClosedLoopItem(item.FeedbackId, item.ClientId, "closed", item.ClosedAt, item.ClosureNotes, notification));
        }

        var closed = results.Count(r => r.Outcome == "closed");
        if (closed > 0)
            await db.SaveChangesAsync(cancellationToken);
        var message = $"Closed {closed} feedback loop(s); {results.Count - closed} already closed.";
        return Result(c, VocAction.CloseFeedbackLoop, message, "The stored feedback items named by feedback_ids.", [LoopRule], [],
            closure: new LoopClosure(closed, results.Count - closed, results, 0, []));
    }

    private async Task<ManageVoiceOfCustomerResult> ListOpenLoopsAsync(VocContext c, CancellationToken cancellationToken)
    {
        var open = c.Scope.Feedback(db.FeedbackItems.AsNoTracking()).Where(f => f.Status == FeedbackStatus.Open);
        var total = await open.CountAsync(cancellationToken);
        var oldest = await open.OrderBy(f => f.SubmittedAt).ThenBy(f => f.FeedbackId).Take(ListedCount)
            .Select(f => new FeedbackRow(f.FeedbackId, f.ClientId, f.Title, f.Priority, f.Owner, f.Status, f.ClosedAt, f.FollowUpDue, f.Sentiment,
                f.SentimentScore, f.SubmittedAt))
            .ToListAsync(cancellationToken);
        var message = $"Nothing closed: give feedback_ids to close loops. {total} open loop(s) for {c.ScopeText}"
            + (total > ListedCount ? $"; the {ListedCount} oldest are listed." : ".");
        return Result(c, VocAction.CloseFeedbackLoop, message, $"Open feedback items of any age for {c.ScopeText}, oldest first.", [LoopRule], [],
            closure: new LoopClosure(0, 0, [], total, [.. oldest.Select(r => r.Open(c.Today))]));
    }

    private async Task<string> NotifyAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var outcome = item.ClosureNotes is { Length: > 0 } notes ? notes : "We have acted on it and closed it.";
        var status = await email.TrySendAsync(new EmailMessage
        {
            To = [new EmailRecipient(item.SubmitterEmail, item.SubmitterName)],
            Subject = $"Your feedback: {item.Title}",
            TextBody = $"Hello {item.SubmitterName},\n\nThank you for your feedback \"{item.Title}\" ({item.FeedbackId}). {outcome}\n",
            Categories = ["feedback_closed"],
            CustomArgs = new Dictionary<string, string> { ["client_id"] = item.ClientId, ["feedback_id"] = item.FeedbackId },
        }, cancellationToken);
        return status == EmailDelivery.Sent ? status : NotNotifiedPrefix + status[EmailDelivery.NotSentPrefix.Length..];
    }
}
