using Scheduling.Cli;

// Progress redraws in place only when stderr is a terminal; redirected, it is one line per event.
return await CliApp.RunAsync(args, new CliConsole(Console.Out, Console.Error, LiveProgress: !Console.IsErrorRedirected), CancellationToken.None).ConfigureAwait(false);
