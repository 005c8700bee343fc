using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Tests.Clients;

public class ClientIdentifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Acme Corp", "acme_corp")]
    [InlineData("Acme, Inc.", "acme_inc")]
    [InlineData("  Émile & Söhne GmbH ", "emile_sohn")]
    [InlineData("Global Logistics Partners", "global_log")]
    [InlineData("!!!", "client")]
    [InlineData("a--b__c", "a_b_c")]
    public void Slug_keeps_only_lowercase_letters_digits_and_single_underscores(string name, string expected) =>
        Assert.Equal(expected, ClientIdentifier.Slug(name));

    [Fact]
    public void Create_uses_unix_milliseconds_and_the_slug()
    {
        Assert.Equal("cs_1781524800000_acme_inc", ClientIdentifier.Create("Acme, Inc.", Now));
        Assert.Equal("cs_1781524800000_acme_inc_2", ClientIdentifier.Create("Acme, Inc.", Now, attempt: 2));
    }

    [Theory]
    [InlineData("Acme, Inc.")]
    [InlineData("../../etc/passwd")]
    [InlineData("日本語の会社")]
    [InlineData("x")]
    public void Every_generated_id_passes_validation(string name) =>
        Assert.Null(ClientIdentifier.Validate(ClientIdentifier.Create(name, Now)));

    [Theory]
    [InlineData("", "must be a non-empty string")]
    [InlineData("   ", "must be a non-empty string")]
    [InlineData("a/b", "must not contain path traversal sequences ('..', '/', '\\')")]
    [InlineData("a..b", "must not contain path traversal sequences ('..', '/', '\\')")]
    [InlineData("a\\b", "must not contain path traversal sequences ('..', '/', '\\')")]
    [InlineData("acme corp", "must be alphanumeric (letters, digits, '_' and '-' only)")]
    [InlineData("acme;drop", "must be alphanumeric (letters, digits, '_' and '-' only)")]
    public void Validate_names_the_broken_rule(string value, string expected) =>
        Assert.Equal(expected, ClientIdentifier.Validate(value));

    [Fact]
    public void Validate_rejects_ids_over_100_characters_and_checks_length_before_traversal()
    {
        Assert.Null(ClientIdentifier.Validate(new string('a', 100)));
        Assert.Equal("is too long (101 characters; at most 100)", ClientIdentifier.Validate(new string('a', 99) + "/."));
    }
}
