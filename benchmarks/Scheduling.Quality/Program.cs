using Scheduling.Quality;

return QualityRunner.Run(args, Console.Out, Console.Error);
