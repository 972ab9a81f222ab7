package dev.ssot.core.parse.cache;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.similarity.TokenBag;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The binary form of one {@link ParseOutcome}: every record component in declaration order, ints as
 * zigzag varints, strings through the entry's string table, enums by ordinal.
 *
 * <p>A type's body fingerprint ({@link TokenBag}) is its count and then its strictly increasing
 * hashes as deltas: the first as an unsigned varint of its bits, each next one as the unsigned
 * varint of its distance to the previous one.
 *
 * <p>{@link #SHAPE} fingerprints the model (record components, their types, enum constants) and the
 * token hashing (the bag of a fixed probe), so a change to any model record or to how tokens hash
 * invalidates old caches by itself. Change {@link #FORMAT} when the encoding changes without the
 * model changing.
 */
final class FactsCodec {

  /** Bump when the encoding below changes. */
  static final int FORMAT = 4;

  private static final List<Class<?>> MODEL =
      List.of(
          FileFacts.class,
          ImportRef.class,
          TypeDecl.class,
          TypeKind.class,
          FieldDecl.class,
          MethodDecl.class,
          MethodDecl.Body.class,
          TypeRef.class,
          Suppression.class,
          Location.class,
          ParseProblem.class,
          ImportContext.class,
          ModuleFacts.class,
          AliasDecl.class,
          MockDecl.class,
          LoadStep.class,
          LoadStep.Kind.class);

  /** A fingerprint of the model classes this codec reads and writes. */
  static final String SHAPE = shape();

  private static final TypeKind[] KINDS = TypeKind.values();
  private static final MethodDecl.Body[] BODIES = MethodDecl.Body.values();
  private static final ImportContext[] CONTEXTS = ImportContext.values();
  private static final LoadStep.Kind[] STEPS = LoadStep.Kind.values();
  private static final int PARSED = 0;
  private static final int FAILED = 1;

  private FactsCodec() {}

  static void write(ParseOutcome outcome, ByteSink out) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      out.writeByte(PARSED);
      writeFacts(parsed.facts(), out);
    } else if (outcome instanceof ParseOutcome.Failed failed) {
      out.writeByte(FAILED);
      ParseProblem problem = failed.problem();
      out.writeString(problem.path());
      out.writeInt(problem.line());
      out.writeString(problem.message());
    } else {
      throw new IllegalArgumentException("unknown outcome " + outcome);
    }
  }

  static ParseOutcome read(ByteSource in) {
    int kind = in.readByte();
    if (kind == PARSED) {
      return new ParseOutcome.Parsed(readFacts(in));
    }
    if (kind == FAILED) {
      return new ParseOutcome.Failed(
          new ParseProblem(in.readNonNullString(), in.readInt(), in.readNonNullString()));
    }
    throw new CorruptCacheException("bad outcome kind " + kind);
  }

  private static void writeFacts(FileFacts facts, ByteSink out) {
    out.writeString(facts.path());
    out.writeString(facts.language());
    out.writeBoolean(facts.test());
    out.writeString(facts.packageName());
    out.writeInt(facts.lines());
    out.writeUnsigned(facts.imports().size());
    for (ImportRef ref : facts.imports()) {
      out.writeString(ref.name());
      out.writeBoolean(ref.isStatic());
      out.writeBoolean(ref.onDemand());
      out.writeInt(ref.line());
      out.writeInt(ref.column());
      out.writeBoolean(ref.fromImport());
      out.writeString(ref.member());
      out.writeString(ref.alias());
      out.writeByte(ref.context().ordinal());
    }
    out.writeUnsigned(facts.types().size());
    for (TypeDecl type : facts.types()) {
      writeType(type, out);
    }
    out.writeUnsigned(facts.references().size());
    for (TypeRef ref : facts.references()) {
      out.writeString(ref.name());
      out.writeString(ref.fromType());
      out.writeInt(ref.line());
      out.writeInt(ref.column());
      out.writeBoolean(ref.typeContext());
    }
    out.writeUnsigned(facts.suppressions().size());
    for (Suppression suppression : facts.suppressions()) {
      out.writeString(suppression.ruleId());
      writeLocation(suppression.location(), out);
      out.writeInt(suppression.fromLine());
      out.writeInt(suppression.toLine());
      out.writeString(suppression.reason());
    }
    ModuleFacts module = facts.module();
    out.writeBoolean(module != null);
    if (module != null) {
      writeModule(module, out);
    }
  }

  private static void writeModule(ModuleFacts module, ByteSink out) {
    out.writeBoolean(module.isPackage());
    out.writeBoolean(module.exports() != null);
    if (module.exports() != null) {
      writeStrings(module.exports(), out);
    }
    out.writeString(module.deprecation());
    out.writeBoolean(module.dynamicAttributes());
    out.writeUnsigned(module.aliases().size());
    for (AliasDecl alias : module.aliases()) {
      out.writeString(alias.name());
      out.writeString(alias.target());
      out.writeInt(alias.line());
      out.writeInt(alias.column());
    }
    out.writeUnsigned(module.functions().size());
    for (MethodDecl function : module.functions()) {
      writeMethod(function, out);
    }
    out.writeUnsigned(module.mocks().size());
    for (MockDecl mock : module.mocks()) {
      out.writeString(mock.name());
      out.writeString(mock.factory());
      out.writeString(mock.spec());
      writeStrings(mock.attributes(), out);
      out.writeInt(mock.line());
      out.writeInt(mock.column());
    }
    out.writeString(module.summary());
    writeStrings(module.names(), out);
    out.writeUnsigned(module.loadSteps().size());
    for (LoadStep step : module.loadSteps()) {
      out.writeByte(step.kind().ordinal());
      out.writeInt(step.line());
      out.writeInt(step.column());
      out.writeString(step.module());
      out.writeString(step.member());
      out.writeString(step.name());
      out.writeBoolean(step.aliased());
      out.writeInt(step.catches());
      out.writeBoolean(step.conditional());
    }
  }

  private static ModuleFacts readModule(ByteSource in) {
    boolean isPackage = in.readBoolean();
    List<String> exports = in.readBoolean() ? readStrings(in) : null;
    String deprecation = in.readString();
    boolean dynamic = in.readBoolean();
    int aliasCount = in.readCount();
    List<AliasDecl> aliases = new ArrayList<>(aliasCount);
    for (int i = 0; i < aliasCount; i++) {
      aliases.add(
          new AliasDecl(
              in.readNonNullString(), in.readNonNullString(), in.readInt(), in.readInt()));
    }
    int functionCount = in.readCount();
    List<MethodDecl> functions = new ArrayList<>(functionCount);
    for (int i = 0; i < functionCount; i++) {
      functions.add(readMethod(in));
    }
    int mockCount = in.readCount();
    List<MockDecl> mocks = new ArrayList<>(mockCount);
    for (int i = 0; i < mockCount; i++) {
      mocks.add(
          new MockDecl(
              in.readNonNullString(),
              in.readNonNullString(),
              in.readString(),
              readStrings(in),
              in.readInt(),
              in.readInt()));
    }
    String summary = in.readString();
    List<String> names = readStrings(in);
    int stepCount = in.readCount();
    List<LoadStep> steps = new ArrayList<>(stepCount);
    for (int i = 0; i < stepCount; i++) {
      steps.add(
          new LoadStep(
              in.readEnum(STEPS),
              in.readInt(),
              in.readInt(),
              in.readString(),
              in.readString(),
              in.readString(),
              in.readBoolean(),
              in.readInt(),
              in.readBoolean()));
    }
    return new ModuleFacts(
        isPackage, exports, deprecation, dynamic, aliases, functions, mocks, summary, names, steps);
  }

  private static FileFacts readFacts(ByteSource in) {
    String path = in.readNonNullString();
    String language = in.readNonNullString();
    boolean test = in.readBoolean();
    String packageName = in.readNonNullString();
    int lines = in.readInt();
    int importCount = in.readCount();
    List<ImportRef> imports = new ArrayList<>(importCount);
    for (int i = 0; i < importCount; i++) {
      imports.add(
          new ImportRef(
              in.readNonNullString(),
              in.readBoolean(),
              in.readBoolean(),
              in.readInt(),
              in.readInt(),
              in.readBoolean(),
              in.readString(),
              in.readString(),
              in.readEnum(CONTEXTS)));
    }
    int typeCount = in.readCount();
    List<TypeDecl> types = new ArrayList<>(typeCount);
    for (int i = 0; i < typeCount; i++) {
      types.add(readType(in));
    }
    int refCount = in.readCount();
    List<TypeRef> references = new ArrayList<>(refCount);
    for (int i = 0; i < refCount; i++) {
      references.add(
          new TypeRef(
              in.readNonNullString(),
              in.readString(),
              in.readInt(),
              in.readInt(),
              in.readBoolean()));
    }
    int suppressionCount = in.readCount();
    List<Suppression> suppressions = new ArrayList<>(suppressionCount);
    for (int i = 0; i < suppressionCount; i++) {
      suppressions.add(
          new Suppression(
              in.readNonNullString(),
              readLocation(in),
              in.readInt(),
              in.readInt(),
              in.readString()));
    }
    ModuleFacts module = in.readBoolean() ? readModule(in) : null;
    return new FileFacts(
        path, language, test, packageName, lines, imports, types, references, suppressions, module);
  }

  private static void writeType(TypeDecl type, ByteSink out) {
    out.writeString(type.qualifiedName());
    out.writeString(type.simpleName());
    out.writeByte(type.kind().ordinal());
    writeStrings(type.modifiers(), out);
    writeStrings(type.annotations(), out);
    out.writeBoolean(type.deprecated());
    writeStrings(type.supertypes(), out);
    writeLocation(type.location(), out);
    out.writeInt(type.endLine());
    out.writeString(type.enclosingType());
    out.writeUnsigned(type.fields().size());
    for (FieldDecl field : type.fields()) {
      out.writeString(field.name());
      out.writeString(field.type());
      writeStrings(field.modifiers(), out);
      out.writeInt(field.line());
    }
    out.writeUnsigned(type.methods().size());
    for (MethodDecl method : type.methods()) {
      writeMethod(method, out);
    }
    writeBag(type.body(), out);
    writeStrings(type.successors(), out);
  }

  static void writeBag(TokenBag bag, ByteSink out) {
    int size = bag.size();
    out.writeUnsigned(size);
    int previous = 0;
    for (int i = 0; i < size; i++) {
      int hash = bag.hashAt(i);
      // the first as its bits, offset so that the smallest int is 0; then unsigned distances
      out.writeUnsigned(i == 0 ? hash ^ Integer.MIN_VALUE : hash - previous);
      previous = hash;
    }
  }

  static TokenBag readBag(ByteSource in) {
    int size = in.readCount();
    if (size == 0) {
      return TokenBag.empty();
    }
    int[] hashes = new int[size];
    int previous = in.readUnsigned() ^ Integer.MIN_VALUE;
    hashes[0] = previous;
    for (int i = 1; i < size; i++) {
      int next = previous + in.readUnsigned();
      if (next <= previous) {
        throw new CorruptCacheException("token hashes out of order");
      }
      hashes[i] = next;
      previous = next;
    }
    return TokenBag.of(hashes);
  }

  private static void writeMethod(MethodDecl method, ByteSink out) {
    out.writeString(method.name());
    out.writeString(method.returnType());
    writeStrings(method.parameterTypes(), out);
    writeStrings(method.parameterNames(), out);
    writeStrings(method.modifiers(), out);
    out.writeInt(method.line());
    out.writeByte(method.body().ordinal());
    out.writeString(method.delegateTarget());
    out.writeString(method.delegateMethod());
    out.writeBoolean(method.forwardsArguments());
    out.writeBoolean(method.overrides());
  }

  private static MethodDecl readMethod(ByteSource in) {
    return new MethodDecl(
        in.readNonNullString(),
        in.readString(),
        readStrings(in),
        readStrings(in),
        Set.copyOf(readStrings(in)),
        in.readInt(),
        in.readEnum(BODIES),
        in.readString(),
        in.readString(),
        in.readBoolean(),
        in.readBoolean());
  }

  private static TypeDecl readType(ByteSource in) {
    String qualifiedName = in.readNonNullString();
    String simpleName = in.readNonNullString();
    TypeKind kind = in.readEnum(KINDS);
    Set<String> modifiers = Set.copyOf(readStrings(in));
    List<String> annotations = readStrings(in);
    boolean deprecated = in.readBoolean();
    List<String> supertypes = readStrings(in);
    Location location = readLocation(in);
    int endLine = in.readInt();
    String enclosingType = in.readString();
    int fieldCount = in.readCount();
    List<FieldDecl> fields = new ArrayList<>(fieldCount);
    for (int i = 0; i < fieldCount; i++) {
      fields.add(
          new FieldDecl(
              in.readNonNullString(), in.readString(), Set.copyOf(readStrings(in)), in.readInt()));
    }
    int methodCount = in.readCount();
    List<MethodDecl> methods = new ArrayList<>(methodCount);
    for (int i = 0; i < methodCount; i++) {
      methods.add(readMethod(in));
    }
    TokenBag body = readBag(in);
    List<String> successors = readStrings(in);
    return new TypeDecl(
        qualifiedName,
        simpleName,
        kind,
        modifiers,
        annotations,
        deprecated,
        supertypes,
        location,
        endLine,
        enclosingType,
        fields,
        methods,
        body,
        successors);
  }

  private static void writeLocation(Location location, ByteSink out) {
    out.writeString(location.path());
    out.writeInt(location.line());
    out.writeInt(location.column());
  }

  private static Location readLocation(ByteSource in) {
    String path = in.readNonNullString();
    int line = in.readInt();
    int column = in.readInt();
    if (line < 0 || column < 0) {
      throw new CorruptCacheException("negative position");
    }
    return new Location(path, line, column);
  }

  private static void writeStrings(Collection<String> values, ByteSink out) {
    out.writeUnsigned(values.size());
    // a set without an order of its own (Set.copyOf's changes from one run to the next) is written
    // sorted, so the same facts give the same bytes
    Collection<String> ordered =
        values instanceof java.util.Set<String>
                && !(values instanceof java.util.SortedSet)
                && !(values instanceof java.util.LinkedHashSet)
            ? new java.util.TreeSet<>(values)
            : values;
    for (String value : ordered) {
      out.writeString(value);
    }
  }

  private static List<String> readStrings(ByteSource in) {
    int count = in.readCount();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readNonNullString());
    }
    return values;
  }

  private static String shape() {
    StringBuilder text = new StringBuilder("format=").append(FORMAT);
    for (Class<?> type : MODEL) {
      text.append(';').append(type.getName()).append('(');
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          text.append(component.getGenericType().getTypeName())
              .append(' ')
              .append(component.getName())
              .append(',');
        }
      } else if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          text.append(((Enum<?>) constant).name()).append(',');
        }
      }
      text.append(')');
    }
    // cached bags are only comparable with fresh ones while tokens hash the same way
    TokenBag probe =
        TokenBag.builder()
            .withoutTokens("Probe")
            .add("class")
            .add("Probe")
            .add("{")
            .add("}")
            .add("}")
            .build();
    text.append(";bag(");
    for (int hash : probe.toArray()) {
      text.append(hash).append(',');
    }
    text.append(')');
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
