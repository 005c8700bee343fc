namespace CsMcp.Application;

/// <summary>Marker for the assembly that holds every tool request, handler and validator.</summary>
public static class ApplicationAssembly;
