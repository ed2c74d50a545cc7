using System.Diagnostics;

namespace HongqiExtract.Tests.Conventions;

/// <summary>The benchmarks find the peer packages whether the package root (NUGET_PACKAGES) ends in a slash or not.</summary>
public class PackageRootTests
{
    [Theory]
    [InlineData("/packages/root")]
    [InlineData("/packages/root/")]
    public void The_peer_package_root_ends_in_one_slash_whatever_the_package_root_ends_in(string packageRoot)
    {
        var project = Path.Combine(SharedData.RepoRoot, "benchmarks", "HongqiExtract.Benchmarks", "HongqiExtract.Benchmarks.csproj");
        // NuGetPackageRoot as restore writes it from NUGET_PACKAGES, given as a global property.
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getProperty:PeerPackageRoot", $"-p:NuGetPackageRoot={packageRoot}"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEnd().Trim();
        run.WaitForExit();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("/packages/root/", output);
    }
}
