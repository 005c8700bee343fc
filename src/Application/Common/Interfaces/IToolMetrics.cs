namespace CsMcp.Application.Common.Interfaces;

/// <summary>What the pipeline records about tool calls. Implemented over Prometheus in Infrastructure.</summary>
public interface IToolMetrics
{
    /// <summary>A tool call entered the pipeline (in-flight gauge up).</summary>
    void CallStarted();

    /// <summary>A tool call left the pipeline (in-flight gauge down, execution counted and timed).</summary>
    void CallFinished(string toolName, bool succeeded, TimeSpan elapsed);

    /// <summary>A tool call failed with an error of the closed <c>ErrorTypes</c> set.</summary>
    void ErrorRecorded(string errorType);
}
