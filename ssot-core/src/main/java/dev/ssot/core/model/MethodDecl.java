package dev.ssot.core.model;

import java.util.List;
import java.util.Set;

/**
 * A method or constructor of a type.
 *
 * @param name the method name ({@code <init>} for constructors)
 * @param returnType the return type as written (generic arguments removed), {@code null} for
 *     constructors
 * @param parameterTypes the parameter types as written (or the annotation, or empty where types are
 *     optional)
 * @param parameterNames the parameter names, in order ({@code self}/{@code cls} left out; {@code
 *     *args} and {@code **kwargs} keep their stars)
 * @param modifiers modifiers as written ({@code public}, {@code static}, …)
 * @param line 1-based line of the declaration
 * @param body what the body does, as far as the syntax shows
 * @param delegateTarget for {@link Body#DELEGATION}, the receiver the single call goes to as
 *     written ({@code super}, {@code this.delegate}, {@code delegate}, {@code Canonical}); for
 *     {@link Body#SUPER_CALL_ONLY} {@code super}; otherwise {@code null}
 * @param delegateMethod for {@link Body#DELEGATION}, the name of the method called ({@code <init>}
 *     for {@code this(...)}); otherwise {@code null}
 * @param forwardsArguments for {@link Body#DELEGATION}, whether the call passes exactly the
 *     method's parameters, in order
 * @param overrides whether the method carries {@code @Override}
 */
public record MethodDecl(
    String name,
    String returnType,
    List<String> parameterTypes,
    List<String> parameterNames,
    Set<String> modifiers,
    int line,
    Body body,
    String delegateTarget,
    String delegateMethod,
    boolean forwardsArguments,
    boolean overrides) {

  public static final String CONSTRUCTOR = "<init>";

  public MethodDecl {
    parameterTypes = List.copyOf(parameterTypes);
    parameterNames = List.copyOf(parameterNames);
    modifiers = Set.copyOf(modifiers);
  }

  public boolean isConstructor() {
    return CONSTRUCTOR.equals(name);
  }

  /** What a method body consists of. */
  public enum Body {
    /** No body: abstract, interface or native method. */
    NONE,
    /** Empty body {@code {}}. */
    EMPTY,
    /** A constructor whose only statement is {@code super(...)}. */
    SUPER_CALL_ONLY,
    /** A single statement that calls one method on one receiver, optionally returning it. */
    DELEGATION,
    /** Anything else: the method has logic of its own. */
    LOGIC
  }
}
