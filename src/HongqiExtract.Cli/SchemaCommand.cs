using HongqiExtract.Output;

namespace HongqiExtract.Cli;

/// <summary>hongqi schema: the record schema every output format follows, one field a line in file order.</summary>
internal static class SchemaCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout)
    {
        args.Allow("--parquet-decimal");
        if (args.Positional.Count > 0) throw new UsageException("schema takes no INPUT");
        bool decimals = args.Has("--parquet-decimal");
        stdout.WriteLine("field\ttype\tnullable\tparquet");
        foreach (var field in RecordSchema.Fields)
        {
            var (type, parquet) = field switch
            {
                TextField => ("string", "string"),
                IntegerField => ("integer", "int32"),
                DecimalField d => ("number", decimals ? $"decimal(38,{d.FractionDigits})" : "double"),
                BooleanField => ("boolean", "boolean"),
                RealField => ("number", "double"),
                TableCellField => ("{table,row,col}", "string (JSON)"),
                MonthRangeField => ("[first,last]", "string (JSON)"),
                _ => ("?", "?"),
            };
            stdout.WriteLine($"{field.Name}\t{type}\t{(field.IsNullable ? "yes" : "no")}\t{parquet}");
        }
        return CommandLine.Ok;
    }
}
