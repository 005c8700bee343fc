namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// The documented share of each story. Counts are apportioned by largest remainder (so they add up to the client count),
/// every story gets at least one client once there are as many clients as stories, and the order is shuffled with the seed.
/// </summary>
public static class DemoStoryMix
{
    public static IReadOnlyList<(DemoStory Story, int Percent)> Shares { get; } =
    [
        (DemoStory.Thriving, 15),
        (DemoStory.Steady, 30),
        (DemoStory.SlowDecline, 12),
        (DemoStory.SuddenDrop, 6),
        (DemoStory.SupportHeavy, 8),
        (DemoStory.LatePayer, 7),
        (DemoStory.Churned, 8),
        (DemoStory.Expanding, 8),
        (DemoStory.Onboarding, 6),
    ];

    public static IReadOnlyDictionary<DemoStory, int> Counts(int clientCount)
    {
        var exact = Shares.Select(s => (s.Story, Value: clientCount * s.Percent / 100.0)).ToList();
        var counts = exact.ToDictionary(e => e.Story, e => (int)Math.Floor(e.Value));
        var remaining = clientCount - counts.Values.Sum();
        foreach (var (story, _) in exact.OrderByDescending(e => e.Value - Math.Floor(e.Value)).ThenBy(e => e.Story).Take(remaining))
            counts[story]++;

        if (clientCount >= Shares.Count)
        {
            foreach (var (story, _) in Shares.Where(s => counts[s.Story] == 0))
            {
                var donor = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
                counts[donor]--;
                counts[story]++;
            }
        }

        return counts;
    }

    /// <summary>One story per client, in a seed-determined order.</summary>
    internal static DemoStory[] Assign(int clientCount, Random rng)
    {
        var stories = Counts(clientCount).OrderBy(c => c.Key).SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).ToArray();
        rng.Shuffle(stories);
        return stories;
    }
}
