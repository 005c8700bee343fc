// Usage: node smoke.mjs <path to CsMcp.McpHost.dll> <data dir>
// Lists every tool (all toolsets, output schemas on) and runs a scripted scenario over stdio. The SDK client rejects any result whose
// structuredContent does not match the tool's outputSchema, so a schema drift fails here as it would in desktop clients.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [dll, dataDir] = process.argv.slice(2);
const transport = new StdioClientTransport({
  command: "dotnet",
  args: [dll, "--stdio", "--toolsets", "all"],
  env: { ...process.env, CSMCP_DATA_DIR: dataDir, PROMETHEUS_ENABLED: "false", CSMCP_DEMO_DATA: "false", CSMCP_OUTPUT_SCHEMAS: "true" },
  stderr: "ignore",
});
const client = new Client({ name: "csmcp-ts-smoke", version: "1.0.0" });
await client.connect(transport);

const failures = [];
const { tools } = await client.listTools();
for (const tool of tools) {
  if (!tool.title || !tool.annotations || !tool.outputSchema) failures.push(`${tool.name}: missing title, annotations or outputSchema`);
}

async function call(name, args, expectError = false) {
  try {
    const result = await client.callTool({ name, arguments: args });
    if (Boolean(result.isError) !== expectError) failures.push(`${name}: isError=${result.isError} ${result.content?.[0]?.text ?? ""}`);
    return result.structuredContent;
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    return undefined;
  }
}

const registered = await call("register_client", {
  client_name: "TypeScript Smoke Co", company_name: "TS Smoke Ltd", tier: "Professional",
  contract_value: 48000, primary_contact_email: "ops@ts-smoke.test",
});
const id = registered?.client_id;
await call("update_client_info", { client_id: id, updates: { csm_assigned: "Dana Lee", primary_contact_name: "" } });
await call("get_client_overview", { client_id: id });
await call("list_clients", { tier_filter: "professional", limit: 5 });
await call("get_client_timeline", { client_id: id, event_types: ["contract", "account"] });
await call("get_client_overview", { client_id: "cs_0_missing" }, true);
await call("register_client", { client_name: "", company_name: "x" }, true);
for (const action of ["create_voc_report", "track_feedback_loop", "measure_program_effectiveness", "generate_executive_summary",
  "close_feedback_loop", "update_customer_roadmap"]) {
  await call("manage_voice_of_customer", { action, client_id: id });
}
await call("manage_voice_of_customer", { action: "close_feedback_loop", feedback_ids: ["FB-404"] }, true);

await call("list_available_workers", {});
await call("get_worker_config", { worker_name: "retention_analyzer" });
await call("configure_autonomous_worker", { worker_name: "retention_analyzer", enabled: true, params: { cohort_size_min: 1, retention_rate_threshold: 1 } });
await call("manage_lifecycle_stages", { client_id: id, target_stage: "churned", reason: "TypeScript smoke churn" });
const cohorts = await call("trigger_worker_now", { worker_name: "retention_analyzer" });
if (cohorts?.findings?.length !== 1) failures.push(`trigger_worker_now: expected one low-retention cohort, got ${JSON.stringify(cohorts?.findings)}`);
await call("trigger_worker_now", { worker_name: "support_sla_tracker" });
await call("get_autonomous_status", {});
await call("get_worker_config", { worker_name: "churn" }, true);

await client.close();
console.log(JSON.stringify({ tools: tools.length, failures }));
process.exit(failures.length === 0 ? 0 : 1);
