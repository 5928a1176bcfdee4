// The solves share two cores: tests that solve run one at a time so each gets the time limit it asks for.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
