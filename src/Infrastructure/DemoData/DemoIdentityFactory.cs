using System.Text;
using CsMcp.Domain.Clients;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Draws unique fictional names, industries, tiers and CSM assignments for the whole portfolio.</summary>
internal static class DemoIdentityFactory
{
    private static readonly int[] TierWeights = [28, 34, 24, 14];
    private static readonly ClientTier[] Tiers = [ClientTier.Starter, ClientTier.Standard, ClientTier.Professional, ClientTier.Enterprise];

    public static IReadOnlyList<DemoIdentity> Create(int clientCount, Random rng)
    {
        var stories = DemoStoryMix.Assign(clientCount, rng);
        var csms = CsmNames(Math.Clamp((clientCount + 24) / 25, 4, 400), rng);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var identities = new List<DemoIdentity>(clientCount);
        for (var i = 0; i < clientCount; i++)
        {
            var (industry, nouns) = rng.Pick(DemoWordLists.Industries);
            var name = UniqueName(rng, nouns, usedNames);
            identities.Add(new DemoIdentity(
                i,
                stories[i],
                name,
                $"{name} {rng.Pick(DemoWordLists.LegalSuffixes)}",
                industry,
                $"{DomainLabel(name)}.{DemoWordLists.EmailTopLevelDomain}",
                Tiers[rng.Weighted(TierWeights)],
                rng.Pick(csms),
                rng.Next()));
        }

        return identities;
    }

    private static string UniqueName(Random rng, string[] nouns, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = $"{rng.Pick(DemoWordLists.NameHeads)}{rng.Pick(DemoWordLists.NameTails)} {rng.Pick(nouns)}";
            if (attempt >= 20)
                name = $"{name} {attempt - 18}";
            if (used.Add(Client.NormalizeName(name)))
                return name;
        }
    }

    private static string[] CsmNames(int count, Random rng)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var capacity = DemoWordLists.FirstNames.Length * DemoWordLists.LastNames.Length;
        while (names.Count < Math.Min(count, capacity))
            names.Add($"{rng.Pick(DemoWordLists.FirstNames)} {rng.Pick(DemoWordLists.LastNames)}");
        return [.. names.Order(StringComparer.Ordinal)];
    }

    /// <summary>"Thistlemoor Dental Group" -> "thistlemoor-dental-group".</summary>
    internal static string DomainLabel(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }
}
