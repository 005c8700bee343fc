// Usage: node dynamic.mjs <path to CsMcp.McpHost.dll> <data dir>
// Starts CsMcp with --dynamic-toolsets over stdio, enables the core toolset and waits for notifications/tools/list_changed,
// as a TypeScript-SDK based desktop client would, then checks the new tool list and calls one of the new tools.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const [dll, dataDir] = process.argv.slice(2);
const transport = new StdioClientTransport({
  command: "dotnet",
  args: [dll, "--stdio", "--dynamic-toolsets"],
  env: { ...process.env, CSMCP_DATA_DIR: dataDir, PROMETHEUS_ENABLED: "false", CSMCP_DEMO_DATA: "false" },
  stderr: "ignore",
});
const client = new Client({ name: "csmcp-ts-dynamic", version: "1.0.0" });
let notifications = 0;
const changed = new Promise((resolve) => {
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    notifications++;
    resolve();
  });
});
await client.connect(transport);

const failures = [];
const before = (await client.listTools()).tools.map((t) => t.name);
const enabled = await client.callTool({ name: "enable_toolset", arguments: { toolset: "core" } });
if (enabled.isError) failures.push(`enable_toolset: ${enabled.content?.[0]?.text}`);
const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("no notifications/tools/list_changed within 20 s")), 20000));
try {
  await Promise.race([changed, timeout]);
} catch (error) {
  failures.push(error.message);
}
const after = (await client.listTools()).tools.map((t) => t.name);
const listed = await client.callTool({ name: "list_clients", arguments: {} });
if (listed.isError) failures.push(`list_clients after enabling core: ${listed.content?.[0]?.text}`);

await client.close();
console.log(JSON.stringify({ before, after, notifications, failures }));
process.exit(failures.length === 0 ? 0 : 1);
