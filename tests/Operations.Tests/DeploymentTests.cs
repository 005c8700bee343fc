using System.Text.RegularExpressions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

/// <summary>deploy/: the compose stack, its Dockerfile and the provisioning files agree with each other.</summary>
public sealed partial class DeploymentTests
{
    private const string ComposePath = "deploy/docker-compose.yml";
    private static readonly YamlDotNet.RepresentationModel.YamlMappingNode Compose = YamlTree.Load(ComposePath);
    private static readonly YamlDotNet.RepresentationModel.YamlMappingNode Services = Compose.Map("services");

    [SkippableFact]
    public async Task Compose_file_passes_docker_compose_config()
    {
        var compose = ExternalTool.Require("docker-compose", "docker-compose");

        var run = await ExternalTool.RunAsync(compose, ["-f", Repository.File(ComposePath), "config", "--quiet"], Repository.Root);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [SkippableFact]
    public async Task Alertmanager_config_passes_amtool_check_config()
    {
        var amtool = ExternalTool.Require("amtool", "prometheus-alertmanager");

        var run = await ExternalTool.RunAsync(amtool, ["check-config", "alertmanager.yml"], Repository.File("deploy/alertmanager"));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("SUCCESS", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_runs_CsMcp_PostgreSQL_Prometheus_Alertmanager_and_Grafana()
    {
        Assert.Equal(["csmcp", "postgres", "prometheus", "alertmanager", "grafana"], Services.Keys());
    }

    [Fact]
    public void CsMcp_metrics_port_is_not_Prometheus_9090_and_is_the_port_Prometheus_scrapes()
    {
        var environment = Services.Map("csmcp").Map("environment");
        var metricsPort = environment.Text("METRICS_PORT");
        var scrape = YamlTree.Load("deploy/prometheus/prometheus.yml").Seq("scrape_configs").Children
            .Single(c => c.Text("job_name") == "csmcp");

        Assert.Equal("9464", metricsPort);
        Assert.Equal(["csmcp:9464"], scrape.Seq("static_configs").Children.Single().Texts("targets"));
        Assert.Equal("/metrics", scrape.Text("metrics_path"));
        Assert.Contains("127.0.0.1:9464:9464", Services.Map("csmcp").Texts("ports"));
        Assert.Contains("--web.listen-address=0.0.0.0:9090", Services.Map("prometheus").Texts("command"));
    }

    [Fact]
    public void Published_host_ports_are_distinct_and_bound_to_loopback()
    {
        var published = Services.Keys()
            .Where(s => Services.Map(s).Has("ports"))
            .SelectMany(s => Services.Map(s).Texts("ports"))
            .ToList();

        Assert.Equal(["127.0.0.1:8080:8080", "127.0.0.1:9464:9464", "127.0.0.1:9090:9090", "127.0.0.1:9093:9093", "127.0.0.1:3000:3000"], published);
        Assert.Equal(published.Count, published.Select(p => p.Split(':')[1]).Distinct().Count());
    }

    [Fact]
    public void CsMcp_uses_the_compose_PostgreSQL_and_serves_MCP_over_http_on_all_interfaces()
    {
        var csmcp = Services.Map("csmcp");
        var postgres = Services.Map("postgres").Map("environment");

        Assert.Equal(
            $"postgresql://{postgres.Text("POSTGRES_USER")}:{postgres.Text("POSTGRES_PASSWORD")}@postgres:5432/{postgres.Text("POSTGRES_DB")}",
            csmcp.Map("environment").Text("DATABASE_URL"));
        Assert.Equal(["--http", "--host", "0.0.0.0", "--port", "8080"], csmcp.Texts("command"));
        Assert.Equal("service_healthy", csmcp.Map("depends_on").Map("postgres").Text("condition"));
        Assert.Equal("csmcp,localhost", csmcp.Map("environment").Text("CSMCP_ALLOWED_HOSTS"));
    }

    [Fact]
    public void Dockerfile_builds_the_McpHost_on_the_dotnet_10_images()
    {
        var build = Services.Map("csmcp").Map("build");
        var dockerfilePath = Path.GetFullPath(Path.Combine(Repository.File("deploy"), build.Text("context"), build.Text("dockerfile")));
        var dockerfile = File.ReadAllText(dockerfilePath);

        Assert.Equal(Repository.File("deploy/Dockerfile"), dockerfilePath);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", dockerfile);
        Assert.Matches(@"(?m)^RUN dotnet publish src/McpHost/McpHost\.csproj ", dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"CsMcp.McpHost.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.Contains("CMD [\"--http\", \"--host\", \"0.0.0.0\", \"--port\", \"8080\"]", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Matches(@"(?m)^\s+METRICS_PORT=9464", dockerfile);
        Assert.Contains("<AssemblyName>CsMcp.McpHost</AssemblyName>", Repository.ReadText("src/McpHost/McpHost.csproj"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_copies_every_file_the_build_needs()
    {
        var dockerfile = Repository.ReadText("deploy/Dockerfile");
        var copied = CopySources().Matches(dockerfile).SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.All(copied, source => Assert.True(
            File.Exists(Repository.File(source)) || Directory.Exists(Repository.File(source)),
            $"The Dockerfile copies {source}, which does not exist."));
        Assert.Contains(".editorconfig", copied);
        foreach (var project in Directory.GetFiles(Repository.File("src"), "*.csproj", SearchOption.AllDirectories))
            Assert.Contains(Path.GetRelativePath(Repository.Root, project).Replace('\\', '/'), copied);
    }

    [Fact]
    public void Prometheus_loads_the_config_and_alert_rules_from_deploy_prometheus()
    {
        var prometheus = Services.Map("prometheus");
        var volumes = prometheus.Texts("volumes");

        Assert.Contains("--config.file=/etc/prometheus/prometheus.yml", prometheus.Texts("command"));
        Assert.Contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro", volumes);
        Assert.Contains("./prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro", volumes);
        var config = YamlTree.Load("deploy/prometheus/prometheus.yml");
        Assert.Equal(["alerts.yml"], config.Texts("rule_files"));
        Assert.Equal(["alertmanager:9093"], config.Map("alerting").Seq("alertmanagers").Children.Single().Seq("static_configs").Children.Single().Texts("targets"));
        Assert.Contains("./alertmanager/alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro", Services.Map("alertmanager").Texts("volumes"));
    }

    [Fact]
    public void Grafana_provisions_the_Prometheus_datasource_and_the_dashboard_from_docs()
    {
        var grafana = Services.Map("grafana");
        var volumes = grafana.Texts("volumes");
        var datasource = YamlTree.Load("deploy/grafana/provisioning/datasources/prometheus.yml").Seq("datasources").Children.Single();
        var provider = YamlTree.Load("deploy/grafana/provisioning/dashboards/csmcp.yml").Seq("providers").Children.Single();
        var dashboardFolder = provider.Map("options").Text("path");

        Assert.Contains("./grafana/provisioning:/etc/grafana/provisioning:ro", volumes);
        Assert.Contains($"../docs/operations/GRAFANA_DASHBOARD.json:{dashboardFolder}/GRAFANA_DASHBOARD.json:ro", volumes);
        Assert.Equal($"{dashboardFolder}/GRAFANA_DASHBOARD.json", grafana.Map("environment").Text("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"));
        Assert.Equal("prometheus", datasource.Text("type"));
        Assert.Equal("http://prometheus:9090", datasource.Text("url"));
        Assert.Equal(
            YamlTree.Load("deploy/prometheus/prometheus.yml").Map("global").Text("scrape_interval"),
            datasource.Map("jsonData").Text("timeInterval"));
        Assert.Equal("file", provider.Text("type"));
    }

    [GeneratedRegex(@"(?m)^COPY (?!--from)(?<sources>.+) \S+$")]
    private static partial Regex CopySources();
}
