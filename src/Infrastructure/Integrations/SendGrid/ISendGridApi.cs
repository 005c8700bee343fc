using Refit;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

/// <summary>SendGrid v3. Method names are the <c>endpoint</c> metric label.</summary>
internal interface ISendGridApi
{
    /// <summary>202 Accepted with an empty body; the message id is the X-Message-Id header.</summary>
    [Post("/v3/mail/send")]
    Task<IApiResponse> SendMail([Body] SendGridMail mail, CancellationToken cancellationToken);

    [Get("/v3/stats")]
    Task<List<SendGridStatsDay>> GetStats(
        [AliasAs("start_date")] string startDate,
        [AliasAs("end_date")] string endDate,
        [AliasAs("aggregated_by")] string aggregatedBy,
        CancellationToken cancellationToken);
}
