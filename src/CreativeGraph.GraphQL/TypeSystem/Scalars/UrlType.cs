using System.Diagnostics.CodeAnalysis;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's <c>URL</c> scalar: an absolute URI (RFC 3986), runtime <see cref="Uri"/>.</summary>
internal sealed class UrlType : StringFormattedScalarType<Uri>
{
    public UrlType()
        : base("URL", "The `URL` scalar represents an absolute URI as defined by RFC 3986.")
    {
    }

    // An absolute URI names its scheme; on Unix .NET would otherwise take "/path" for a file URI.
    protected override bool TryParse(string text, [NotNullWhen(true)] out Uri? value)
    {
        value = null;
        return text.IndexOf(':') > 0 && Uri.TryCreate(text, UriKind.Absolute, out value);
    }

    protected override string Format(Uri value) => value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString;

    protected override bool TryConvert(object value, [NotNullWhen(true)] out Uri? runtime)
    {
        runtime = value switch
        {
            Uri u when u.IsAbsoluteUri => u,
            string s when TryParse(s, out Uri? parsed) => parsed,
            _ => null,
        };

        return runtime is not null;
    }
}
