using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(HongqiExtract.Benchmarks.Corpus).Assembly).Run(args);
