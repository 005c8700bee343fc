using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Tests.Clients;

public class EmailAddressTests
{
    [Theory]
    [InlineData("jane@acme.io", true)]
    [InlineData("jane.doe+cs@sub.acme.co.uk", true)]
    [InlineData("jane@acme", false)]
    [InlineData("jane acme.io", false)]
    [InlineData("@acme.io", false)]
    [InlineData("", false)]
    public void IsValid_follows_the_reference_pattern(string value, bool expected) =>
        Assert.Equal(expected, EmailAddress.IsValid(value));

    [Fact]
    public void IsValid_rejects_addresses_longer_than_254_characters() =>
        Assert.False(EmailAddress.IsValid(new string('a', 250) + "@b.io"));

    [Fact]
    public void Normalize_trims_and_lowercases() =>
        Assert.Equal("jane@acme.io", EmailAddress.Normalize("  Jane@ACME.io "));
}
