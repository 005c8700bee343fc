using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

/// <summary>HealthEngine.Overall is what portfolio scans rank on; it must give exactly the overall score Assess gives.</summary>
public class OverallOnlyTests
{
    public static TheoryData<string, int?> Cases => new()
    {
        { "all five components", 75 },
        { "payment missing", 72 },
        { "support and payment missing", 71 },
        { "usage only", 67 },
        { "no data", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Overall_equals_the_assessment_s_overall(string name, int? expected)
    {
        var inputs = Inputs(name);

        Assert.Equal(expected, HealthEngine.Overall(inputs, HealthWeights.Default));
        Assert.Equal(Assess(inputs).Overall, HealthEngine.Overall(inputs, HealthWeights.Default));
    }

    [Fact]
    public void Custom_weights_and_invalid_weights_are_handled_as_in_assess()
    {
        var weights = new HealthWeights(0.5m, 0.2m, 0.1m, 0.1m, 0.1m);
        Assert.Equal(HealthEngine.Assess(Example, weights, null).Overall, HealthEngine.Overall(Example, weights));
        Assert.Throws<ArgumentException>(() => HealthEngine.Overall(Example, new HealthWeights(0.5m, 0.5m, 0.5m, 0m, 0m)));
    }

    private static HealthInputs Inputs(string name) => name switch
    {
        "all five components" => Example,
        "payment missing" => Example with { Payment = null },
        "support and payment missing" => Example with { Support = null, Payment = null },
        "usage only" => OnlyUsage(67.2m),
        _ => NoData,
    };
}
