using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
// A folder of reports to one CSV file with the library: read in parallel, write in file order,
// and name every file that could not be read instead of stopping.

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BatchToCsv FOLDER OUTPUT.csv");
    return 2;
}
var (folder, output) = (args[0], args[1]);
var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
    .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".htm")
    .Order(StringComparer.Ordinal)
    .ToList();

var extractor = new IndicatorExtractor();
var results = files.AsParallel().AsOrdered().Select(file =>
{
    try { return (file, extractor.Extract(ReportSource.FromFile(file, Path.GetRelativePath(folder, file))).Records, error: (string?)null); }
    catch (ReportReadException e) { return (file, Records: (IReadOnlyList<IndicatorRecord>)[], error: e.Message); }
});

using var stream = File.Create(output);
using var writer = RecordWriters.Utf8Writer(stream);
RecordWriters.WriteCsvHeader(writer);
int records = 0, failed = 0;
foreach (var (file, fileRecords, error) in results)
{
    if (error is not null) { Console.Error.WriteLine(error); failed++; continue; }
    RecordWriters.WriteCsvRows(fileRecords, writer);
    records += fileRecords.Count;
}
Console.WriteLine($"{files.Count} files, {records} records, {failed} failed → {output}");
return failed == 0 ? 0 : 1;
