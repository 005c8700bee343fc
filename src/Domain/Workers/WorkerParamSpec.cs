using System.Globalization;

namespace CsMcp.Domain.Workers;

public enum WorkerParamKind
{
    Number,
    Boolean,
}

/// <summary>One parameter of a worker: its name, kind, default and (for numbers) the accepted range.</summary>
public sealed record WorkerParamSpec(string Name, WorkerParamKind Kind, decimal Default, decimal Min, decimal Max, string Description)
{
    public static WorkerParamSpec Number(string name, decimal @default, decimal min, decimal max, string description) =>
        new(name, WorkerParamKind.Number, @default, min, max, description);

    public static WorkerParamSpec Flag(string name, bool @default, string description) =>
        new(name, WorkerParamKind.Boolean, @default ? 1 : 0, 0, 1, description);

    public string Rule => Kind == WorkerParamKind.Boolean
        ? "true or false"
        : string.Create(CultureInfo.InvariantCulture, $"a number {Min}-{Max}");
}
