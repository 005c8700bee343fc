namespace CsMcp.McpHost.Composition;

internal static class LoggingSetup
{
    /// <summary>
    /// Every log line goes to stderr: in stdio mode stdout carries nothing but JSON-RPC.
    /// LOG_LEVEL sets the minimum level (default Information); chatty framework categories stay at Warning.
    /// </summary>
    public static void ConfigureCsMcpLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.UseUtcTimestamp = true;
        });
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(Enum.TryParse<LogLevel>(configuration["LOG_LEVEL"], ignoreCase: true, out var level) ? level : LogLevel.Information);
        logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Warning);
    }
}
