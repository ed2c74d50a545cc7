using HongqiExtract.Cli.Commands;
using InvocationConfiguration = System.CommandLine.InvocationConfiguration;

namespace HongqiExtract.Cli;

/// <summary>The hongqi command line: parsed by <see cref="ToolParser"/>, run here inside the tool's error handling.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;

    private const int BrokenPipeErrno = 32;

    private static bool IsBrokenPipe(IOException e) =>
        e.HResult == BrokenPipeErrno || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--version"])
        {
            await stdout.WriteLineAsync(ToolParser.Version).ConfigureAwait(false);
            return Ok;
        }
        ToolParser.Parsed parsed;
        try
        {
            parsed = ToolParser.Parse(args);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"hongqi: {e.Message}").ConfigureAwait(false);
            return UsageError;
        }
        if (parsed.Spec is null)
        {
            // Help goes to stdout with exit 0; a parse error (with its typo suggestions) or no command at all,
            // with the help, to stderr with exit 2.
            bool asked = parsed.AsksParser;
            var writer = asked ? stdout : stderr;
            var configuration = new InvocationConfiguration { Output = writer, Error = stderr };
            if (asked) return await parsed.Result.InvokeAsync(configuration).ConfigureAwait(false);
            if (parsed.Result.Errors.Count == 0) await stderr.WriteLineAsync("hongqi: give a command").ConfigureAwait(false);
            await ToolParser.Root.Parse(parsed.Result.Errors.Count == 0 ? ["--help"] : [.. args]).InvokeAsync(configuration).ConfigureAwait(false);
            return UsageError;
        }
        try
        {
            return await parsed.Spec.Run(parsed.Arguments!, stdout, stderr).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"hongqi {parsed.Spec.Name}: {e.Message} (hongqi {parsed.Spec.Name} --help for usage)").ConfigureAwait(false);
            return UsageError;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader of our output went away (| head): stop quietly, as Unix tools do.
            return Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a folder we may not write: named, never a stack trace.
            await stderr.WriteLineAsync($"hongqi: {e.Message}").ConfigureAwait(false);
            return SomeFailed;
        }
    }
}

/// <summary>The command line was wrong: exit code 2 with the command's name and a pointer to its help.</summary>
internal sealed class UsageException(string message) : Exception(message);
