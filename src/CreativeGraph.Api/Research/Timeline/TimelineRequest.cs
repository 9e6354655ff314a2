using CreativeGraph.Api.Research.Collaboration;

namespace CreativeGraph.Api.Research.Timeline;

/// <summary>
/// Whose timeline and which years: the <see cref="NetworkSelection"/> (the period whose years are listed, the
/// programme funding the projects, the country and the network the partners are in), narrowed to the partners located
/// in <see cref="Region"/> (directly or through their city) or to the ego network of <see cref="Partner"/>. Entity keys,
/// so a request stays valid across index versions and serves as a cache key.
/// </summary>
internal sealed record TimelineRequest(NetworkSelection Selection, int? Region = null, int? Partner = null);
