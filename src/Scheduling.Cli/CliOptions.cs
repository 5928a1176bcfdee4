using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;

namespace Scheduling.Cli;

/// <summary>
/// Options and arguments whose bad values give one line naming the option, what it takes and what it was
/// (the parser's own messages are shaped for a help screen), and the one line for any other parse error.
/// </summary>
internal static class CliOptions
{
    /// <summary>Reads a value from its text; false when the text is not one.</summary>
    public delegate bool TryParse<T>(string text, [MaybeNullWhen(false)] out T value);

    /// <summary>An option read by <paramref name="parse"/>; a bad value is "<c>NAME RULE, was 'TEXT'</c>".</summary>
    public static Option<T> Parsed<T>(string name, string description, string helpName, string rule, TryParse<T> parse)
    {
        var option = new Option<T>(name) { Description = description, HelpName = helpName };
        option.CustomParser = result => Read(result, $"{name} {rule}", parse);
        return option;
    }

    /// <summary>A positional argument read by <paramref name="parse"/>; a bad value is "<c>WHAT RULE, was 'TEXT'</c>".</summary>
    public static Argument<T> ParsedArgument<T>(string name, string description, string what, string rule, TryParse<T> parse)
    {
        var argument = new Argument<T>(name) { Description = description, HelpName = name };
        argument.CustomParser = result => Read(result, $"{what} {rule}", parse);
        return argument;
    }

    /// <summary>A number of seconds above 0 and at most <paramref name="max"/>.</summary>
    public static Option<double?> Seconds(string name, string description, double max, string what = "a number of seconds") =>
        Parsed<double?>(name, description, "SECONDS", $"must be {what} above 0 and at most {max.ToString(CultureInfo.InvariantCulture)}", (string text, out double? value) =>
        {
            value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= max ? seconds : null;
            return value is not null;
        });

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, int defaultValue, int min, int max, string rule) =>
        WithDefault(Parsed(name, description, "N", rule, (string text, out int value) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max), defaultValue);

    /// <summary>One of <paramref name="words"/>; the bad value's line lists them.</summary>
    public static Option<string> Choice(string name, string description, params string[] words) =>
        Parsed(name, description, string.Join('|', words), $"must be {Or(words)}", (string text, [MaybeNullWhen(false)] out string value) =>
        {
            value = words.Contains(text, StringComparer.Ordinal) ? text : null;
            return value is not null;
        });

    /// <summary>The <c>--server</c> option: the service's http:// or https:// address.</summary>
    public static Option<string> Server(bool recursive = false)
    {
        var option = Parsed("--server", "The service's address, e.g. http://localhost:5080", "URL", "must be an http:// or https:// address, e.g. http://localhost:5080",
            (string text, [MaybeNullWhen(false)] out string value) =>
            {
                value = Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? text : null;
                return value is not null;
            });
        option.Recursive = recursive;
        return option;
    }

    /// <summary>The <c>--token</c> option: the bearer token, else <see cref="ServiceConnection.TokenVariable"/>.</summary>
    public static Option<string> Token(bool recursive = false) => new("--token")
    {
        Description = $"The bearer token (default: ${ServiceConnection.TokenVariable}; 'scheduling token' mints one)",
        HelpName = "TOKEN",
        Recursive = recursive,
    };

    public static Option<T> WithDefault<T>(Option<T> option, T value)
    {
        option.DefaultValueFactory = _ => value;
        return option;
    }

    /// <summary>"a, b or c".</summary>
    public static string Or(IReadOnlyList<string> words) => words.Count < 2 ? string.Concat(words) : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    /// <summary>
    /// The first parse error as one line that names the option, command or argument: a word the parser did not
    /// expect first (the parser also reports the command it would have been), then a value missing, then the rest.
    /// </summary>
    public static string ErrorLine(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var help = $"'{CommandPath(result.CommandResult)} --help' lists";
        if (result.UnmatchedTokens is [var word, ..])
        {
            return word.StartsWith('-') ? $"unknown option '{word}' ({help} the options)"
                : command.Subcommands.Count > 0 ? $"unknown command '{word}' ({help} the commands)"
                : $"unexpected argument '{word}' ({help} the arguments)";
        }

        var error = result.Errors[0];
        return error.SymbolResult switch
        {
            OptionResult { Tokens.Count: 0, IdentifierToken: { } option } => $"{option.Value} needs a value",
            ArgumentResult { Tokens.Count: 0, Parent: CommandResult parent } argument => $"{parent.Command.Name} needs {argument.Argument.Description}",
            CommandResult { Tokens.Count: 0 } parent when parent.Command.Subcommands.Count > 0 =>
                $"'{CommandPath(parent)}' needs a command: {Or([.. parent.Command.Subcommands.Select(c => c.Name)])}",
            _ => string.Join(' ', error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        };
    }

    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : command.Command.Name;

    private static T Read<T>(ArgumentResult result, string rule, TryParse<T> parse)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (parse(text, out var value)) return value;
        result.AddError($"{rule}, was '{text}'");
        return default!;
    }
}
