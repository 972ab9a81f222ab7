package dev.ssot.lang.python;

import dev.ssot.core.model.TypeRef;
import dev.ssot.core.similarity.SourceTokens;
import dev.ssot.core.similarity.TokenBag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token fingerprints of the classes a module defines, and the module-level names their code
 * uses. The module is lexed once, when its first class asks; each class's bag is cut from those
 * tokens by byte range.
 */
final class BodyFingerprints {

  /** One bag builder per thread: its buffers grow to the largest class seen and stay. */
  private static final ThreadLocal<TokenBag.Builder> BAGS =
      ThreadLocal.withInitial(TokenBag::builder);

  private static final long DOT = TokenBag.tokenHash(".");

  private final PythonSource src;

  /** The module's tokens, lexed when the first class needs them. */
  private SourceTokens bodyTokens;

  /** The classes fingerprinted so far: qualified name and byte range. */
  private final List<ClassRange> classes = new ArrayList<>();

  private record ClassRange(String qualifiedName, int start, int end) {}

  BodyFingerprints(PythonSource src) {
    this.src = src;
  }

  /**
   * The fingerprint of the class {@code qualifiedName} defined at bytes {@code [start, end)}
   * (decorators, header and body, nested classes included), named {@code name} there.
   */
  TokenBag body(int start, int end, String name, String qualifiedName) {
    if (bodyTokens == null) {
      bodyTokens = PythonBodyLexer.sourceTokens(src.chars());
    }
    classes.add(new ClassRange(qualifiedName, start, end));
    return bodyTokens.bag(start, end, name, BAGS.get());
  }

  /**
   * Where the code of each fingerprinted class uses one of {@code moduleNames} (the names the
   * module binds at its top level: its classes, functions, variables and imports), as references
   * from that class: a name read bare, not as an attribute ({@code x.name}). What a class is bound
   * to tells a copy from one template applied in two modules, each to its own {@code KeyTransform}.
   * One reference per class and name, at its first use.
   */
  List<TypeRef> moduleNameUses(Collection<String> moduleNames) {
    if (classes.isEmpty() || moduleNames.isEmpty()) {
      return List.of();
    }
    Map<Long, String> wanted = new HashMap<>();
    for (String name : moduleNames) {
      wanted.put(TokenBag.tokenHash(name), name);
    }
    List<TypeRef> uses = new ArrayList<>();
    for (ClassRange range : classes) {
      Set<String> seen = new HashSet<>();
      bodyTokens.forEach(
          range.start(),
          range.end(),
          (start, hash, previous) -> {
            String name = wanted.get(hash);
            if (name != null && previous != DOT && seen.add(name)) {
              uses.add(new TypeRef(name, range.qualifiedName(), src.line(start), 1, false));
            }
          });
    }
    return uses;
  }
}
