using CsMcp.McpHost.Cli;

return await CsMcpCommandLine.Build().Parse(args).InvokeAsync();
