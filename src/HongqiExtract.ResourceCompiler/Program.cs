using HongqiExtract.Classification.Learned;
using HongqiExtract.Segmentation;

// trie DICT USER-DICT OUTPUT | hmm TRANSITIONS EMISSIONS OUTPUT | model TEXT-MODEL OUTPUT
if (!(args.Length == 4 && args[0] is "trie" or "hmm" || args.Length == 3 && args[0] == "model"))
{
    Console.Error.WriteLine("usage: HongqiExtract.ResourceCompiler trie DICT.txt USER-DICT.txt OUTPUT | hmm PROB_TRANS.json PROB_EMIT.json OUTPUT | model TEXT.model OUTPUT");
    return 2;
}
var output = args[^1];
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
// Written aside and moved into place: an interrupted build leaves no half-written resource behind.
var temporary = output + ".tmp";
try
{
    using (var file = File.Create(temporary))
    {
        if (args[0] == "trie")
        {
            using var dictionary = new StreamReader(args[1], System.Text.Encoding.UTF8, false, 1 << 16);
            using var user = new StreamReader(args[2], System.Text.Encoding.UTF8);
            var table = PrefixTable.Load(dictionary, UserDictionary.Parse(user).Select(w => (w.Word, w.Frequency)).ToList());
            WordTrieWriter.Write(table, file);
        }
        else if (args[0] == "model")
        {
            using var text = new StreamReader(args[1], System.Text.Encoding.UTF8);
            LinearModel.Read(text).WriteBinary(file);
        }
        else
        {
            using var transitions = File.OpenRead(args[1]);
            using var emissions = File.OpenRead(args[2]);
            HmmModelWriter.Write(transitions, emissions, file);
        }
    }
    File.Move(temporary, output, overwrite: true);
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"HongqiExtract.ResourceCompiler: {args[0]} {args[1]}: {e.Message}");
    File.Delete(temporary);
    return 1;
}
