using System.Reflection;
using System.Reflection.Emit;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// The types one type uses: those in its signatures (base type, interfaces, fields, properties, parameters, return
/// types, generic arguments, attributes) and those its method bodies name in IL (calls, field accesses, <c>new</c>,
/// casts, <c>typeof</c>). Compiler-generated closures and state machines are nested types, so they count for the type
/// that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> s_opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        HashSet<Type> found = [];
        Add(found, type.BaseType);
        foreach (Type i in type.GetInterfaces())
        {
            Add(found, i);
        }

        foreach (CustomAttributeData attribute in type.CustomAttributes)
        {
            Add(found, attribute.AttributeType);
        }

        foreach (FieldInfo field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
        }

        foreach (PropertyInfo property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
        }

        foreach (MethodBase method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo m)
            {
                Add(found, m.ReturnType);
            }

            foreach (ParameterInfo parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }

            foreach (Type used in InBody(method))
            {
                Add(found, used);
            }
        }

        return found;
    }

    /// <summary>The types named by the operands of <paramref name="method"/>'s IL (a token after the opcode).</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Type[] typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : [];
        Type[] methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : [];
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            OpCode code = s_opCodes[value];
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, at);
                MemberInfo? member = Resolve(method.Module, token, typeArguments, methodArguments);
                if (member is Type t)
                {
                    yield return t;
                }
                else if (member is not null)
                {
                    yield return member.DeclaringType!;
                    if (member is MethodInfo { IsGenericMethod: true } generic)
                    {
                        foreach (Type argument in generic.GetGenericArguments())
                        {
                            yield return argument;
                        }
                    }
                    else if (member is FieldInfo f)
                    {
                        yield return f.FieldType;
                    }
                }
            }

            at += OperandSize(code, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[] typeArguments, Type[] methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;   // a token from a generic context the arguments above do not describe
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null)
        {
            return;
        }

        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }

        if (type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.IsGenericType)
        {
            foreach (Type argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }
        }
    }
}
