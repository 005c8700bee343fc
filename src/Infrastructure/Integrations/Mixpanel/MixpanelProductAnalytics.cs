using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Analytics;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations.Mixpanel;

/// <summary>
/// The product analytics port over Mixpanel. Events go to /import (validated, any age) when the service account is set,
/// else to /track (project token, events of the last 5 days only). Counts come from the segmentation query.
/// </summary>
internal sealed class MixpanelProductAnalytics(
    IMixpanelIngestionApi ingestion,
    IMixpanelQueryApi query,
    IOptions<MixpanelOptions> options,
    TimeProvider time) : IProductAnalytics
{
    public const int MaxBatch = 2000;
    private static readonly TimeSpan TrackWindow = TimeSpan.FromDays(5);

    public async Task<AnalyticsIngestResult> TrackEventsAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.CanQuery && !settings.CanTrack)
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "event tracking", MixpanelOptions.TrackingVariables);
        if (!settings.CanQuery && events.Any(e => time.GetUtcNow().UtcDateTime - e.OccurredAt.ToUniversalTime() > TrackWindow))
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "import of events older than 5 days", MixpanelOptions.QueryVariables);
        if (events.Count == 0)
            return new AnalyticsIngestResult(0, 0, [], settings.CanQuery ? "import" : "track");

        var accepted = 0;
        var rejected = new List<AnalyticsRejectedEvent>();
        for (var offset = 0; offset < events.Count; offset += MaxBatch)
        {
            var batch = events.Skip(offset).Take(MaxBatch).Select(e => ToWire(e, settings)).ToList();
            var (batchAccepted, batchRejected) = settings.CanQuery
                ? await ImportAsync(batch, settings.ProjectId!, offset, cancellationToken)
                : await TrackAsync(batch, offset, cancellationToken);
            accepted += batchAccepted;
            rejected.AddRange(batchRejected);
        }

        return new AnalyticsIngestResult(events.Count, accepted, rejected, settings.CanQuery ? "import" : "track");
    }

    public Task UpdateProfileAsync(AnalyticsProfileUpdate update, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.CanTrack)
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "profile updates", MixpanelOptions.TrackingVariables);
        var updates = new List<JsonObject>();
        if (update.Set.Count > 0)
            updates.Add(Operation(settings, update.DistinctId, "$set", JsonProperties.ToObject(update.Set)));
        if (update.SetOnce.Count > 0)
            updates.Add(Operation(settings, update.DistinctId, "$set_once", JsonProperties.ToObject(update.SetOnce)));
        if (update.Unset.Count > 0)
            updates.Add(Operation(settings, update.DistinctId, "$unset", new JsonArray([.. update.Unset.Select(p => JsonValue.Create(p))])));
        if (updates.Count == 0)
            return Task.CompletedTask;
        return IntegrationCall.RunAsync(IntegrationNames.Mixpanel, "update a profile", time, async () =>
        {
            var response = await ingestion.Engage(updates, 1, 0, cancellationToken);
            if (response.Status != 1)
                throw new IntegrationException(IntegrationNames.Mixpanel, "update a profile", IntegrationFailure.Rejected);
        }, cancellationToken);
    }

    public Task<AnalyticsCounts> CountEventsAsync(AnalyticsCountQuery countQuery, CancellationToken cancellationToken = default) =>
        CountAsync(countQuery, AnalyticsMeasure.Events, cancellationToken);

    public Task<AnalyticsCounts> CountActiveUsersAsync(AnalyticsCountQuery countQuery, CancellationToken cancellationToken = default) =>
        CountAsync(countQuery, AnalyticsMeasure.ActiveUsers, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AnalyticsGroupUsage>>> GetGroupUsageAsync(
        IReadOnlyCollection<string> groups, DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default)
    {
        var (from, to) = (fromDate, toDate);
        var settings = options.Value;
        if (!settings.CanQuery)
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "usage queries", MixpanelOptions.QueryVariables);
        if (settings.UsageEvent is not { } usageEvent)
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "usage import", [MixpanelOptions.UsageEventVariable]);
        var property = settings.GroupProperty ?? MixpanelOptions.DefaultGroupProperty;
        AnalyticsCountQuery Query(AnalyticsInterval interval) =>
            new() { EventName = usageEvent, From = from, To = to, Interval = interval, GroupByProperty = property };

        var monthlyUsers = Points(await CountActiveUsersAsync(Query(AnalyticsInterval.Month), cancellationToken));
        var monthlyEvents = Points(await CountEventsAsync(Query(AnalyticsInterval.Month), cancellationToken));
        var dailyUsers = Points(await CountActiveUsersAsync(Query(AnalyticsInterval.Day), cancellationToken));
        var weeklyUsers = Points(await CountActiveUsersAsync(Query(AnalyticsInterval.Week), cancellationToken));

        var result = new Dictionary<string, IReadOnlyList<AnalyticsGroupUsage>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var periods = new List<AnalyticsGroupUsage>();
            for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            {
                var start = month < from ? from : month;
                var end = month.AddMonths(1).AddDays(-1) is var last && last > to ? to : last;
                var users = Sum(monthlyUsers, group, month, month);
                var events = Sum(monthlyEvents, group, month, month);
                if (users == 0 && events == 0)
                    continue;
                var days = end.DayNumber - start.DayNumber + 1;
                var weeks = weeklyUsers.GetValueOrDefault(group)?.Where(p => p.PeriodStart >= start && p.PeriodStart <= end).ToList() ?? [];
                periods.Add(new AnalyticsGroupUsage(start, end, users, events,
                    Math.Round(Sum(dailyUsers, group, start, end) / (decimal)days, 2),
                    weeks.Count == 0 ? 0 : Math.Round(weeks.Sum(p => p.Count) / (decimal)weeks.Count, 2)));
            }

            result[group] = periods;
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<AnalyticsPoint>> Points(AnalyticsCounts counts) =>
        counts.Series.ToDictionary(s => s.Group, s => s.Points, StringComparer.Ordinal);

    private static long Sum(Dictionary<string, IReadOnlyList<AnalyticsPoint>> points, string group, DateOnly from, DateOnly to) =>
        points.GetValueOrDefault(group)?.Where(p => p.PeriodStart >= from && p.PeriodStart <= to).Sum(p => p.Count) ?? 0;

    private Task<AnalyticsCounts> CountAsync(AnalyticsCountQuery countQuery, AnalyticsMeasure measure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.CanQuery)
            throw new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "queries", MixpanelOptions.QueryVariables);
        if (countQuery.To < countQuery.From)
            throw new ValidationException("to_date", "must not be before from_date");
        var operation = measure == AnalyticsMeasure.Events ? "count events" : "count active users";
        return IntegrationCall.RunAsync(IntegrationNames.Mixpanel, operation, time, async () =>
        {
            var response = await query.Segmentation(
                settings.ProjectId!,
                countQuery.EventName,
                Date(countQuery.From),
                Date(countQuery.To),
                countQuery.Interval.ToString().ToLowerInvariant(),
                measure == AnalyticsMeasure.Events ? "general" : "unique",
                countQuery.GroupByProperty is { } property ? $"properties[{Literal(property)}]" : null,
                Where(countQuery),
                countQuery.GroupByProperty is null ? null : 10000,
                cancellationToken);
            return new AnalyticsCounts(countQuery.EventName, measure, countQuery.Interval, countQuery.From, countQuery.To,
                countQuery.GroupByProperty, ToSeries(response));
        }, cancellationToken);
    }

    private async Task<(int Accepted, IReadOnlyList<AnalyticsRejectedEvent> Rejected)> ImportAsync(
        List<MixpanelEvent> batch, string projectId, int offset, CancellationToken cancellationToken) =>
        await IntegrationCall.RunAsync(IntegrationNames.Mixpanel, "import events", time, async () =>
        {
            var response = await ingestion.Import(batch, 1, projectId, cancellationToken);
            if (response.IsSuccessStatusCode && response.Content is { } imported)
                return (imported.NumRecordsImported ?? batch.Count, (IReadOnlyList<AnalyticsRejectedEvent>)[]);
            // strict=1 answers 400 with the records it refused and still ingests the others.
            if (response.StatusCode == HttpStatusCode.BadRequest && PartialImport((response.Error as Refit.ApiException)?.Content) is { FailedRecords.Count: > 0 } partial)
            {
                return (partial.NumRecordsImported ?? batch.Count - partial.FailedRecords.Count,
                    [.. partial.FailedRecords.Select(f => new AnalyticsRejectedEvent(offset + f.Index, f.InsertId, f.Message ?? f.Field ?? "rejected"))]);
            }

            if (response.Error is { } error)
                throw error;
            throw new IntegrationException(IntegrationNames.Mixpanel, "import events", IntegrationFailure.InvalidResponse, (int?)response.StatusCode);
        }, cancellationToken);

    private async Task<(int Accepted, IReadOnlyList<AnalyticsRejectedEvent> Rejected)> TrackAsync(
        List<MixpanelEvent> batch, int offset, CancellationToken cancellationToken) =>
        await IntegrationCall.RunAsync(IntegrationNames.Mixpanel, "track events", time, async () =>
        {
            var response = await ingestion.Track(batch, 1, 0, cancellationToken);
            if (response.Status == 1)
                return (batch.Count, (IReadOnlyList<AnalyticsRejectedEvent>)[]);
            var reason = response.Error ?? "refused by /track";
            return (0, [.. batch.Select((e, i) => new AnalyticsRejectedEvent(offset + i, e.Properties["$insert_id"]?.GetValue<string>(), reason))]);
        }, cancellationToken);

    private static MixpanelImportResponse? PartialImport(string? content)
    {
        if (string.IsNullOrEmpty(content))
            return null;
        try
        {
            return JsonSerializer.Deserialize(content, MixpanelJsonContext.Default.MixpanelImportResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static MixpanelEvent ToWire(AnalyticsEvent analyticsEvent, MixpanelOptions settings)
    {
        var properties = JsonProperties.ToObject(analyticsEvent.Properties);
        var occurred = new DateTimeOffset(DateTime.SpecifyKind(analyticsEvent.OccurredAt.ToUniversalTime(), DateTimeKind.Utc));
        properties["time"] = occurred.ToUnixTimeMilliseconds();
        properties["distinct_id"] = analyticsEvent.DistinctId;
        properties["$insert_id"] = analyticsEvent.InsertId ?? InsertId(analyticsEvent, occurred);
        if (settings.ProjectToken is { } token && !settings.CanQuery)
            properties["token"] = token;
        return new MixpanelEvent(analyticsEvent.Name, properties);
    }

    /// <summary>Deterministic, so re-sending the same event is deduplicated: SHA-256 of name, distinct id and time (32 hex chars).</summary>
    public static string InsertId(AnalyticsEvent analyticsEvent, DateTimeOffset occurred)
    {
        var source = $"{analyticsEvent.Name}\n{analyticsEvent.DistinctId}\n{occurred.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..32];
    }

    private static JsonObject Operation(MixpanelOptions settings, string distinctId, string operation, JsonNode value) => new()
    {
        ["$token"] = settings.ProjectToken,
        ["$distinct_id"] = distinctId,
        [operation] = value,
    };

    private static string? Where(AnalyticsCountQuery countQuery)
    {
        var terms = new List<string>();
        if (countQuery.FilterProperty is { } property)
            terms.Add($"properties[{Literal(property)}] == {Literal(countQuery.FilterValue ?? string.Empty)}");
        if (countQuery.DistinctId is { } distinctId)
            terms.Add($"properties[\"distinct_id\"] == {Literal(distinctId)}");
        return terms.Count == 0 ? null : string.Join(" and ", terms);
    }

    /// <summary>A string literal of Mixpanel's expression language (backslash and quote escaped).</summary>
    public static string Literal(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static List<AnalyticsSeries> ToSeries(MixpanelSegmentationResponse response)
    {
        var periods = (response.Data?.Series ?? []).Select(ParseDate).Where(d => d is not null).Select(d => d!.Value).Distinct().Order().ToList();
        var result = new List<AnalyticsSeries>();
        foreach (var (group, values) in (response.Data?.Values ?? []).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var byDate = values.Select(v => (Date: ParseDate(v.Key), v.Value)).Where(v => v.Date is not null)
                .GroupBy(v => v.Date!.Value).ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
            var points = periods.Union(byDate.Keys).Order().Select(d => new AnalyticsPoint(d, byDate.GetValueOrDefault(d))).ToList();
            result.Add(new AnalyticsSeries(group, points, points.Sum(p => p.Count)));
        }

        return result;
    }

    private static DateOnly? ParseDate(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
