using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

/// <summary>Every document shown in spec §2 Language (September 2025) parses, prints as written and survives a round trip.</summary>
public sealed class ParserSpecExampleTests
{
    // Examples whose layout differs from graphql-js print: comments, a hand-indented block string,
    // `{ lon: … }` object spacing and directives on their own lines.
    private static readonly HashSet<int> s_laidOutDifferently = [451, 965, 1210, 1216, 1366, 1374];

    public static TheoryData<int, string> SpecExamples => new()
    {
        {
            257,
            """"
            """
            Request the current status of a time machine and its operator.
            You can also check the status for a particular year.
            **Warning:** certain years may trigger an anomaly in the space-time continuum.
            """
            query GetTimeMachineStatus(
              "The unique serial number of the time machine to inspect."
              $machineId: ID!
              "The year to check the status for."
              $year: Int
            ) {
              timeMachine(id: $machineId) {
                ...TimeMachineDetails
                status(year: $year)
              }
            }

            "Details about a time machine and its operator."
            fragment TimeMachineDetails on TimeMachine {
              id
              model
              lastMaintenance
              operator {
                name
                licenseLevel
              }
            }
            """"
        },
        {
            351,
            """"
            """
            Mark story 12345 as "liked"
            and return the updated number of likes on the story
            """
            mutation {
              likeStory(storyID: 12345) {
                story {
                  likeCount
                }
              }
            }
            """"
        },
        {
            374,
            """
            {
              field
            }
            """
        },
        {
            401,
            """
            {
              id
              firstName
              lastName
            }
            """
        },
        {
            428,
            """
            {
              me {
                id
                firstName
                lastName
                birthday {
                  month
                  day
                }
                friends {
                  name
                }
              }
            }
            """
        },
        {
            451,
            """
            # `me` could represent the currently logged in viewer.
            {
              me {
                name
              }
            }

            # `user` represents one of many users in a graph of data, referred to by a
            # unique identifier.
            {
              user(id: 4) {
                name
              }
            }
            """
        },
        {
            481,
            """
            {
              user(id: 4) {
                id
                name
                profilePic(size: 100)
              }
            }
            """
        },
        {
            493,
            """
            {
              user(id: 4) {
                id
                name
                profilePic(width: 100, height: 50)
              }
            }
            """
        },
        {
            510,
            """
            {
              picture(width: 200, height: 100)
            }
            """
        },
        {
            516,
            """
            {
              picture(height: 100, width: 200)
            }
            """
        },
        {
            533,
            """
            {
              user(id: 4) {
                id
                name
                smallPic: profilePic(size: 64)
                bigPic: profilePic(size: 1024)
              }
            }
            """
        },
        {
            559,
            """
            {
              zuck: user(id: 4) {
                id
                name
              }
            }
            """
        },
        {
            598,
            """
            query noFragments {
              user(id: 4) {
                friends(first: 10) {
                  id
                  name
                  profilePic(size: 50)
                }
                mutualFriends(first: 10) {
                  id
                  name
                  profilePic(size: 50)
                }
              }
            }
            """
        },
        {
            618,
            """
            query withFragments {
              user(id: 4) {
                friends(first: 10) {
                  ...friendFields
                }
                mutualFriends(first: 10) {
                  ...friendFields
                }
              }
            }

            "Common fields for a user's friends."
            fragment friendFields on User {
              id
              name
              profilePic(size: 50)
            }
            """
        },
        {
            644,
            """
            query withNestedFragments {
              user(id: 4) {
                friends(first: 10) {
                  ...friendFields
                }
                mutualFriends(first: 10) {
                  ...friendFields
                }
              }
            }

            fragment friendFields on User {
              id
              name
              ...standardProfilePic
            }

            fragment standardProfilePic on User {
              profilePic(size: 50)
            }
            """
        },
        {
            687,
            """
            query FragmentTyping {
              profiles(handles: ["zuck", "coca-cola"]) {
                handle
                ...userFragment
                ...pageFragment
              }
            }

            fragment userFragment on User {
              friends {
                count
              }
            }

            fragment pageFragment on Page {
              likers {
                count
              }
            }
            """
        },
        {
            741,
            """
            query inlineFragmentTyping {
              profiles(handles: ["zuck", "coca-cola"]) {
                handle
                ... on User {
                  friends {
                    count
                  }
                }
                ... on Page {
                  likers {
                    count
                  }
                }
              }
            }
            """
        },
        {
            763,
            """
            query inlineFragmentNoType($expandedInfo: Boolean) {
              user(handle: "zuck") {
                id
                name
                ... @include(if: $expandedInfo) {
                  firstName
                  lastName
                  birthday
                }
              }
            }
            """
        },
        {
            965,
            """"
            mutation {
              sendEmail(message: """
                Hello,
                  World!

                Yours,
                  GraphQL.
              """)
            }
            """"
        },
        {
            979,
            """
            mutation {
              sendEmail(message: "Hello,\n  World!\n\nYours,\n  GraphQL.")
            }
            """
        },
        {
            1135,
            """
            {
              field(arg: null)
              field
            }
            """
        },
        {
            1210,
            """
            {
              nearestThing(location: { lon: 12.43, lat: -53.211 })
            }
            """
        },
        {
            1216,
            """
            {
              nearestThing(location: { lat: -53.211, lon: 12.43 })
            }
            """
        },
        {
            1262,
            """
            query getZuckProfile(
              "The size of the profile picture to fetch."
              $devicePicSize: Int
            ) {
              user(id: 4) {
                id
                name
                profilePic(size: $devicePicSize)
              }
            }
            """
        },
        {
            1366,
            """
            type Person
              @addExternalFields(source: "profiles")
              @excludeField(name: "photo") {
              name: String
            }
            """
        },
        {
            1374,
            """
            type Person
              @excludeField(name: "photo")
              @addExternalFields(source: "profiles") {
              name: String
            }
            """
        },
        {
            1530,
            """
            type Query {
              searchBusiness(criteria: SearchCriteria!): [Business]
            }

            input SearchCriteria {
              name: String
              filter: SearchFilter
            }

            enum SearchFilter {
              OPEN_NOW
              DELIVERS_TAKEOUT
              VEGETARIAN_MENU
            }

            type Business {
              id: ID
              name: String
              email: String @private(scope: "loggedIn")
            }

            directive @private(scope: String!) on FIELD_DEFINITION
            """
        },
    };

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Parses_the_spec_example_and_prints_it_back_to_an_equal_tree(int specLine, string source)
    {
        DocumentNode document = Parser.Parse(source);
        DocumentNode reparsed = Parser.Parse(SyntaxPrinter.Print(document));
        Assert.True(SyntaxComparer.Instance.Equals(document, reparsed), $"spec line {specLine}");
        if (!s_laidOutDifferently.Contains(specLine))
        {
            Assert.Equal(source.TrimEnd(), SyntaxPrinter.Print(document));
        }
    }

    [Fact]
    public void Block_string_example_has_the_value_of_the_escaped_string_example()
    {
        string block = ((StringValueNode)Parser.ParseValue(
            """"
            """
                Hello,
                  World!

                Yours,
                  GraphQL.
              """
            """")).Value;
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", block);
        Assert.Equal(block, ((StringValueNode)Parser.ParseValue("\"Hello,\\n  World!\\n\\nYours,\\n  GraphQL.\"")).Value);
    }

    [Fact]
    public void Block_strings_with_or_without_empty_first_and_last_lines_are_values()
    {
        Assert.Equal(
            "This starts with and ends with an empty line,\nwhich makes it easier to read.",
            ((StringValueNode)Parser.ParseValue(
                """"
                """
                This starts with and ends with an empty line,
                which makes it easier to read.
                """
                """")).Value);
        Assert.Equal(
            "This does not start with or end with any empty lines,\nwhich makes it a little harder to read.",
            ((StringValueNode)Parser.ParseValue(
                """"
                """This does not start with or end with any empty lines,
                which makes it a little harder to read."""
                """")).Value);
    }
}
