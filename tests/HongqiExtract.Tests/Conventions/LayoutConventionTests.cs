using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HongqiExtract.Tests.Conventions;

/// <summary>
/// The layout the README's design section promises: a folder is a stage and its namespace, a file
/// stays under 400 lines and a method under 60. Parsed with Roslyn from the sources, so it holds for
/// every file added later.
/// </summary>
public class LayoutConventionTests
{
    private const int MaxFileLines = 400;
    private const int MaxMethodLines = 60;

    private static readonly string[] Projects = ["src/HongqiExtract", "src/HongqiExtract.Cli"];

    public static IEnumerable<object[]> ProjectRoots() => Projects.Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(ProjectRoots))]
    public void Every_file_declares_the_namespace_of_its_folder(string project)
    {
        var wrong = new List<string>();
        foreach (var (path, root) in Sources(project))
        {
            var relative = Path.GetRelativePath(Path.Combine(SharedData.RepoRoot, project), Path.GetDirectoryName(path)!);
            var expected = Path.GetFileName(project) + (relative == "." ? "" : "." + relative.Replace(Path.DirectorySeparatorChar, '.'));
            foreach (var declared in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()))
                if (declared != expected) wrong.Add($"{relative}/{Path.GetFileName(path)}: {declared}, expected {expected}");
            if (!root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Any() && root.Members.Any(m => m is not GlobalStatementSyntax))
                wrong.Add($"{Path.GetFileName(path)}: no namespace");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(ProjectRoots))]
    public void No_file_passes_400_lines_and_no_method_60(string project)
    {
        var tooLong = new List<string>();
        foreach (var (path, root) in Sources(project))
        {
            int lines = root.SyntaxTree.GetText().Lines.Count;
            if (lines > MaxFileLines) tooLong.Add($"{Path.GetFileName(path)}: {lines} lines");
            foreach (var member in root.DescendantNodes().Where(IsBodied))
            {
                var span = member.SyntaxTree.GetLineSpan(member.Span);
                int length = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (length > MaxMethodLines) tooLong.Add($"{Path.GetFileName(path)}:{span.StartLinePosition.Line + 1} {Describe(member)}: {length} lines");
            }
        }
        Assert.True(tooLong.Count == 0, string.Join('\n', tooLong));
    }

    [Fact]
    public void The_size_check_sees_a_long_method()
    {
        var body = string.Concat(Enumerable.Repeat("        x++;\n", MaxMethodLines + 1));
        var root = CSharpSyntaxTree.ParseText($"class C {{\n    void M()\n    {{\n        int x = 0;\n{body}    }}\n}}").GetCompilationUnitRoot();
        var method = Assert.Single(root.DescendantNodes(), IsBodied);
        var span = method.SyntaxTree.GetLineSpan(method.Span);
        Assert.True(span.EndLinePosition.Line - span.StartLinePosition.Line + 1 > MaxMethodLines);
    }

    private static bool IsBodied(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;

    private static string Describe(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        _ => node.Kind().ToString(),
    };

    private static IEnumerable<(string Path, CompilationUnitSyntax Root)> Sources(string project)
    {
        var directory = Path.Combine(SharedData.RepoRoot, project);
        foreach (var path in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            yield return (path, CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetCompilationUnitRoot());
        }
    }
}
