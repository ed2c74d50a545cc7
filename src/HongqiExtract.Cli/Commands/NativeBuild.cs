namespace HongqiExtract.Cli.Commands;

/// <summary>
/// What the natively compiled tool (published with PublishAot) leaves out: training, because Microsoft.ML
/// generates code at run time and a native program has no JIT to run it.
/// </summary>
internal static class NativeBuild
{
    /// <summary>The train command of the native tool: says where training runs instead, exit code 2.</summary>
    public static int Train(TextWriter stderr)
    {
        stderr.WriteLine("hongqi train: this hongqi is natively compiled and leaves Microsoft.ML out, which needs the JIT; "
            + "train with the managed tool instead: dotnet run --project src/HongqiExtract.Cli -c Release -- train MODEL, "
            + "or the hongqi installed with dotnet tool install HongqiExtract.Cli");
        return CommandLine.UsageError;
    }
}
