using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class SubscriptionSingleRootFieldRuleTests() : RuleTests(new SubscriptionSingleRootFieldRule(), "sec-Single-Root-Field")
{
    [Fact]
    public void Accepts_one_root_field() => ExpectValid(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Accepts_one_root_field_through_a_fragment() => ExpectValid(
        """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Rejects_a_second_root_field() => ExpectErrors(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sub\" must select only one top level field.", (6, 3)));

    [Fact]
    public void Rejects_a_second_root_field_through_a_fragment() => ExpectErrors(
        """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sub\" must select only one top level field.", (10, 3)));

    [Fact]
    public void Rejects_skip_and_include_at_the_root() => ExpectErrors(
        """
        subscription requiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
            sender
          }
          disallowedSecondRootField @skip(if: $bool)
        }
        """,
        Error("Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (6, 29)));

    [Fact]
    public void Rejects_an_introspection_root_field() => ExpectErrors(
        """
        subscription sub {
          __typename
        }
        """,
        Error("Subscription \"sub\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Names_an_anonymous_subscription_as_such() => ExpectErrors(
        "subscription { newMessage { body } alias: newMessage { sender } }",
        Error("Anonymous Subscription must select only one top level field.", (1, 36)));

    [Fact]
    public void Counts_fields_with_one_response_name_as_one() => ExpectValid(
        "subscription { newMessage { body } ... on Subscription { newMessage { sender } } }");

    [Fact]
    public void Ignores_fragments_that_cannot_apply_to_the_subscription_type() => ExpectValid(
        """
        subscription { newMessage { body } ... on Query { dog { name } } }
        """);
}
