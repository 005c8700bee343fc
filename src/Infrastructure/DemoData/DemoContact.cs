namespace CsMcp.Infrastructure.DemoData;

/// <summary>A named person at a demo client; the first is the primary contact.</summary>
internal sealed record DemoContact(string Name, string Email, string Title);
