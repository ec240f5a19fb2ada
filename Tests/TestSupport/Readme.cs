using System.Text.RegularExpressions;

namespace AspireRouter.TestSupport;

/// <summary>The repository's README, and the code blocks it marks with <c>&lt;!-- snippet: name --&gt;</c>, exactly as written.</summary>
public static partial class Readme
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Snippet(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        var match = SnippetPattern().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"README.md has no snippet '{name}'.");
        return match.Groups["code"].Value;
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[\w-]+) -->\n```\w*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AspireRouter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("AspireRouter.sln not found above the test assembly.");
    }
}
