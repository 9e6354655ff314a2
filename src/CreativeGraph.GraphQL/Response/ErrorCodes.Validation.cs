namespace CreativeGraph.GraphQL.Response;

/// <summary>Codes of the document validation rules (spec #sec-Validation), one per rule and problem.</summary>
public static partial class ErrorCodes
{
    public const string ValidationTooManyErrors = "VALIDATION_TOO_MANY_ERRORS";
    public const string ValidationDefinitionNotExecutable = "VALIDATION_DEFINITION_NOT_EXECUTABLE";
    public const string ValidationOperationTypeNotSupported = "VALIDATION_OPERATION_TYPE_NOT_SUPPORTED";
    public const string ValidationOperationNameNotUnique = "VALIDATION_OPERATION_NAME_NOT_UNIQUE";
    public const string ValidationAnonymousOperationNotAlone = "VALIDATION_ANONYMOUS_OPERATION_NOT_ALONE";
    public const string ValidationSubscriptionRootFieldNotSingle = "VALIDATION_SUBSCRIPTION_ROOT_FIELD_NOT_SINGLE";
    public const string ValidationFieldNotDefined = "VALIDATION_FIELD_NOT_DEFINED";
    public const string ValidationFieldSelectionsConflict = "VALIDATION_FIELD_SELECTIONS_CONFLICT";
    public const string ValidationLeafFieldSelectionInvalid = "VALIDATION_LEAF_FIELD_SELECTION_INVALID";
    public const string ValidationArgumentNotDefined = "VALIDATION_ARGUMENT_NOT_DEFINED";
    public const string ValidationArgumentNotUnique = "VALIDATION_ARGUMENT_NOT_UNIQUE";
    public const string ValidationArgumentRequired = "VALIDATION_ARGUMENT_REQUIRED";
    public const string ValidationFragmentNameNotUnique = "VALIDATION_FRAGMENT_NAME_NOT_UNIQUE";
    public const string ValidationFragmentTypeNotDefined = "VALIDATION_FRAGMENT_TYPE_NOT_DEFINED";
    public const string ValidationFragmentTypeNotComposite = "VALIDATION_FRAGMENT_TYPE_NOT_COMPOSITE";
    public const string ValidationFragmentNotUsed = "VALIDATION_FRAGMENT_NOT_USED";
    public const string ValidationFragmentNotDefined = "VALIDATION_FRAGMENT_NOT_DEFINED";
    public const string ValidationFragmentSpreadCycle = "VALIDATION_FRAGMENT_SPREAD_CYCLE";
    public const string ValidationFragmentSpreadNotPossible = "VALIDATION_FRAGMENT_SPREAD_NOT_POSSIBLE";
    public const string ValidationValueInvalid = "VALIDATION_VALUE_INVALID";
    public const string ValidationInputFieldNotDefined = "VALIDATION_INPUT_FIELD_NOT_DEFINED";
    public const string ValidationInputFieldNotUnique = "VALIDATION_INPUT_FIELD_NOT_UNIQUE";
    public const string ValidationInputFieldRequired = "VALIDATION_INPUT_FIELD_REQUIRED";
    public const string ValidationDirectiveNotDefined = "VALIDATION_DIRECTIVE_NOT_DEFINED";
    public const string ValidationDirectiveLocationInvalid = "VALIDATION_DIRECTIVE_LOCATION_INVALID";
    public const string ValidationDirectiveNotUnique = "VALIDATION_DIRECTIVE_NOT_UNIQUE";
    public const string ValidationVariableNotUnique = "VALIDATION_VARIABLE_NOT_UNIQUE";
    public const string ValidationVariableTypeNotInput = "VALIDATION_VARIABLE_TYPE_NOT_INPUT";
    public const string ValidationVariableNotDefined = "VALIDATION_VARIABLE_NOT_DEFINED";
    public const string ValidationVariableNotUsed = "VALIDATION_VARIABLE_NOT_USED";
    public const string ValidationVariableUsageNotAllowed = "VALIDATION_VARIABLE_USAGE_NOT_ALLOWED";
}
