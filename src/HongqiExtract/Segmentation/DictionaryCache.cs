using System.Reflection;

namespace HongqiExtract.Segmentation;

/// <summary>
/// Copies embedded dictionary files into a folder that only this user can write, and proves every
/// file there equal to its embedded copy (byte for byte) before it is used.
/// </summary>
internal static class DictionaryCache
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Null when <paramref name="folder"/> holds every file, checked; else why the folder was refused.</summary>
    /// <exception cref="IOException">The folder or a file could not be written.</exception>
    public static string? Populate(Assembly assembly, string resourcePrefix, string folder, IReadOnlyList<string> files, IReadOnlyList<string> required)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly);
            // A folder others may write is a folder others may plant a dictionary in.
            if ((File.GetUnixFileMode(folder) & WritableByOthers) != 0) return $"{folder}: writable by other users, not used";
        }
        foreach (var name in files)
        {
            var target = Path.Combine(folder, name);
            using var resource = assembly.GetManifestResourceStream(resourcePrefix + name)
                ?? throw new InvalidOperationException($"The segmenter's dictionary {name} is not embedded in {assembly.GetName().Name}; the package is broken.");
            if (File.Exists(target) && SameContent(resource, target)) continue;
            resource.Position = 0;
            // Write aside and move into place, so a concurrent process never reads a half-written file.
            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) resource.CopyTo(file);
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }
        foreach (var name in required)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || new FileInfo(path).Length == 0) return $"{path}: missing after writing";
        }
        return null;
    }

    private static bool SameContent(Stream resource, string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length != resource.Length) return false;
        var a = new byte[1 << 16];
        var b = new byte[1 << 16];
        while (true)
        {
            int n = resource.ReadAtLeast(a, a.Length, throwOnEndOfStream: false);
            int m = file.ReadAtLeast(b, b.Length, throwOnEndOfStream: false);
            if (n != m || !a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, m))) return false;
            if (n == 0) return true;
        }
    }
}
