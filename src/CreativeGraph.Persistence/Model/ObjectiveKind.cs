namespace CreativeGraph.Persistence.Model;

public enum ObjectiveKind
{
    /// <summary>The overall aim of the project.</summary>
    Aim,

    /// <summary>A specific objective.</summary>
    Objective,

    /// <summary>A planned way of reaching the aim (activity, approach).</summary>
    Approach,
}
