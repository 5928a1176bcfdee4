namespace Scheduling.Cli;

/// <summary>
/// Where the command line writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.
/// <see cref="LiveProgress"/> asks for a progress display that redraws in place, which is used only when
/// <see cref="Error"/> is a terminal that can show it; otherwise progress is one line per event.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool LiveProgress = false);
