using HongqiExtract.Lexicons;

namespace HongqiExtract.Recognition.Numbers;

/// <summary>What a character can be inside a number. One table lookup per character keeps scanning cheap.</summary>
internal enum NumeralClass : byte
{
    None = 0,
    /// <summary>0-9.</summary>
    Arabic,
    /// <summary>零〇一二两三… and the financial forms 壹贰叁….</summary>
    ChineseDigit,
    /// <summary>十百千 (and 拾佰仟).</summary>
    SmallUnit,
    /// <summary>万亿 (and 萬億).</summary>
    BigUnit,
    /// <summary>廿 (20) and 卅 (30).</summary>
    Tens,
}

/// <summary>The numeral characters of Chinese and their values.</summary>
internal static class NumeralChars
{
    private const string ChineseDigits = "零〇一二两兩倆俩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    private const string SmallUnits = "十拾百佰千仟";
    private const string BigUnits = "万萬亿億";
    private const string TensChars = "廿卅";
    private const string AllNumerals = "0123456789" + ChineseDigits + SmallUnits + BigUnits + TensChars;

    private static readonly NumeralClass[] Classes = BuildClasses();
    private static readonly int[] Values = BuildValues();

    public static NumeralClass Classify(char c) => Classes[c];

    /// <summary>The digit value (0-9), the unit factor (10, 100, 1000, 1e4, 1e8) or the tens value (20, 30).</summary>
    public static int Value(char c) => Values[c];

    public static bool IsNumeral(char c) => Classes[c] != NumeralClass.None;

    /// <summary>Every numeral character and <paramref name="others"/>, for a search of where a number may start.</summary>
    public static CharTable NumeralsAnd(string others) => new(AllNumerals + others);

    public static bool IsChineseNumeral(char c) => Classes[c] is NumeralClass.ChineseDigit or NumeralClass.SmallUnit or NumeralClass.BigUnit or NumeralClass.Tens;

    private static NumeralClass[] BuildClasses()
    {
        var table = new NumeralClass[char.MaxValue + 1];
        for (char c = '0'; c <= '9'; c++) table[c] = NumeralClass.Arabic;
        foreach (char c in ChineseDigits) table[c] = NumeralClass.ChineseDigit;
        foreach (char c in SmallUnits) table[c] = NumeralClass.SmallUnit;
        foreach (char c in BigUnits) table[c] = NumeralClass.BigUnit;
        foreach (char c in TensChars) table[c] = NumeralClass.Tens;
        return table;
    }

    private static int[] BuildValues()
    {
        var values = new int[char.MaxValue + 1];
        for (char c = '0'; c <= '9'; c++) values[c] = c - '0';
        void Set(string chars, int value) { foreach (char c in chars) values[c] = value; }
        Set("零〇", 0); Set("一壹", 1); Set("二两兩倆俩贰貳", 2); Set("三叁參", 3); Set("四肆", 4);
        Set("五伍", 5); Set("六陆陸", 6); Set("七柒", 7); Set("八捌", 8); Set("九玖", 9);
        Set("十拾", 10); Set("百佰", 100); Set("千仟", 1000); Set("万萬", 10000); Set("亿億", 100000000);
        values['廿'] = 20; values['卅'] = 30;
        return values;
    }
}
