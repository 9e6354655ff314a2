namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec §5 (#sec-Validation). A rule is stateless; for each validation it creates a
/// <see cref="ValidationVisitor"/> that holds the state of that one walk.
/// </summary>
internal interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
