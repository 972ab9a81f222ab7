package dev.ssot.lang.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Position;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.ssot.core.finding.Edit;
import dev.ssot.core.finding.Fix;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.lang.ImportRewriter;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites Java imports and qualified references to another type's path: single-type imports (the
 * new import goes where the file's sorted group of imports puts it, or in the old one's place; the
 * simple name is renamed in code when it changes), static imports of a type's members, and fully
 * qualified names in code. It declines on-demand imports, names that would clash with another type
 * in scope, and files with Unicode escapes or invalid UTF-8, and never touches comments or any byte
 * outside the statements and names it rewrites.
 */
public final class JavaImportRewriter implements ImportRewriter {

  @Override
  public List<Fix> rewrite(
      FileFacts file, byte[] content, List<ImportMove> moves, CodeGraph graph) {
    Source source;
    try {
      source = Source.of(content);
    } catch (CharacterCodingException e) {
      return all(moves, "the file is not valid UTF-8");
    }
    if (source.text.contains("\\u")) {
      return all(moves, "the file contains Unicode escapes");
    }
    ParseResult<CompilationUnit> result;
    try {
      result =
          JavaSourceParser.newParser(false)
              .parse(ParseStart.COMPILATION_UNIT, Providers.provider(source.text));
    } catch (RuntimeException | StackOverflowError e) {
      return all(moves, "the file does not parse now");
    }
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      return all(moves, "the file does not parse now");
    }
    return new FileRewrite(file, source, result.getResult().get(), graph).run(moves);
  }

  private static List<Fix> all(List<ImportMove> moves, String reason) {
    return moves.stream().map(m -> Fix.notFixed(reason)).toList();
  }

  /** A file's text with the byte offset of every line start, for mapping positions to bytes. */
  static final class Source {
    final byte[] bytes;
    final String text;
    final int offset; // 3 after a byte-order mark
    final List<Integer> lineStarts = new ArrayList<>();
    final String newline;

    private Source(byte[] bytes, String text, int offset) {
      this.bytes = bytes;
      this.text = text;
      this.offset = offset;
      lineStarts.add(offset);
      String separator = null;
      for (int i = offset; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          lineStarts.add(i + 1);
          if (separator == null) {
            separator = i > offset && bytes[i - 1] == '\r' ? "\r\n" : "\n";
          }
        } else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
          lineStarts.add(i + 1);
          if (separator == null) {
            separator = "\r";
          }
        }
      }
      this.newline = separator == null ? "\n" : separator;
    }

    static Source of(byte[] bytes) throws CharacterCodingException {
      int start =
          bytes.length >= 3
                  && (bytes[0] & 0xFF) == 0xEF
                  && (bytes[1] & 0xFF) == 0xBB
                  && (bytes[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return new Source(bytes, text, start);
    }

    /** The byte offset of a 1-based line and column (columns count UTF-16 units), or -1. */
    int offset(int line, int column) {
      if (line < 1 || line > lineStarts.size()) {
        return -1;
      }
      int at = lineStarts.get(line - 1);
      int units = column - 1;
      while (units > 0 && at < bytes.length) {
        int b = bytes[at] & 0xFF;
        int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        units -= length == 4 ? 2 : 1;
        at += length;
      }
      return units == 0 ? at : -1;
    }

    /** The byte offset just after a node's last character. */
    int end(Position end) {
      int start = offset(end.line, end.column);
      if (start < 0) {
        return -1;
      }
      int b = bytes[start] & 0xFF;
      return start + (b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4);
    }

    int start(Position begin) {
      return offset(begin.line, begin.column);
    }

    /** The start of the line after the one holding {@code offset}, or the end of the file. */
    int nextLine(int offset) {
      for (int start : lineStarts) {
        if (start > offset) {
          return start;
        }
      }
      return bytes.length;
    }

    int lineStart(int offset) {
      int found = lineStarts.get(0);
      for (int start : lineStarts) {
        if (start > offset) {
          break;
        }
        found = start;
      }
      return found;
    }

    String slice(int from, int to) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
  }

  /** The rewrite of one file's moves. */
  private static final class FileRewrite {
    private final FileFacts file;
    private final Source source;
    private final CompilationUnit unit;
    private final CodeGraph graph;
    private final List<ImportDeclaration> imports;

    /** Imports this rewrite already wrote: a second move to the same path drops its import. */
    private final Set<String> added = new HashSet<>();

    FileRewrite(FileFacts file, Source source, CompilationUnit unit, CodeGraph graph) {
      this.file = file;
      this.source = source;
      this.unit = unit;
      this.graph = graph;
      this.imports = unit.getImports();
    }

    List<Fix> run(List<ImportMove> moves) {
      List<Fix> fixes = new ArrayList<>();
      for (ImportMove move : moves) {
        Fix fix;
        try {
          fix = rewrite(move);
        } catch (Refused e) {
          fix = Fix.notFixed(e.getMessage());
        }
        fixes.add(fix);
      }
      return fixes;
    }

    private Fix rewrite(ImportMove move) {
      Optional<ImportDeclaration> statement =
          imports.stream()
              .filter(
                  i ->
                      i.getBegin().map(b -> b.line == move.location().line()).orElse(false)
                          && i.getNameAsString().equals(move.written()))
              .findFirst();
      if (statement.isPresent()) {
        ImportDeclaration imp = statement.get();
        if (imp.isAsterisk() && !imp.isStatic()) {
          throw new Refused("an on-demand import names no single replacement");
        }
        return imp.isStatic() ? staticImport(move, imp) : typeImport(move, imp);
      }
      return qualified(move);
    }

    /** {@code a.b.Old} written in code becomes {@code c.d.New}, still fully qualified. */
    private Fix qualified(ImportMove move) {
      int start = source.offset(move.location().line(), move.location().column());
      byte[] written = move.written().getBytes(StandardCharsets.UTF_8);
      if (start < 0 || start + written.length > source.bytes.length) {
        throw new Refused("the reference is not where the analysis found it");
      }
      for (int i = 0; i < written.length; i++) {
        if (source.bytes[start + i] != written[i]) {
          throw new Refused("the reference is not written as one name where the analysis found it");
        }
      }
      int after = start + written.length;
      if (after < source.bytes.length && identifierPart(source.bytes[after])) {
        throw new Refused("the reference is not written as one name where the analysis found it");
      }
      return fix(List.of(Edit.of(file.path(), start, after, move.replacement())));
    }

    /** {@code import static a.Old.m;} becomes {@code import static c.New.m;}. */
    private Fix staticImport(ImportMove move, ImportDeclaration imp) {
      String name = imp.getNameAsString();
      String type = move.boundBefore();
      String rest;
      if (name.equals(type)) {
        rest = "";
      } else if (name.startsWith(type + ".")) {
        rest = name.substring(type.length());
      } else {
        throw new Refused("the static import does not name " + type);
      }
      String newName = move.replacement() + rest;
      String text = "import static " + newName + (imp.isAsterisk() ? ".*" : "") + ";";
      String key = "static " + newName + (imp.isAsterisk() ? ".*" : "");
      boolean present =
          imports.stream()
              .anyMatch(
                  i ->
                      i != imp
                          && i.isStatic()
                          && i.isAsterisk() == imp.isAsterisk()
                          && i.getNameAsString().equals(newName));
      if (present || added.contains(key)) {
        return fix(List.of(removeImport(imp)));
      }
      added.add(key);
      return fix(List.of(replaceRange(imp, text)));
    }

    /**
     * {@code import a.Old;} becomes {@code import c.New;}, and every use of {@code Old} in code
     * becomes {@code New} when the simple name changes.
     */
    private Fix typeImport(ImportMove move, ImportDeclaration imp) {
      String replacement = move.replacement();
      String oldSimple = simple(move.written());
      String newSimple = simple(replacement);
      for (ImportDeclaration other : imports) {
        if (other != imp
            && !other.isStatic()
            && !other.isAsterisk()
            && simple(other.getNameAsString()).equals(newSimple)
            && !other.getNameAsString().equals(replacement)) {
          throw new Refused(
              "the file imports another " + newSimple + ": " + other.getNameAsString());
        }
      }
      List<Edit> edits = new ArrayList<>();
      if (!oldSimple.equals(newSimple)) {
        String replacementPackage =
            replacement.lastIndexOf('.') < 0
                ? ""
                : replacement.substring(0, replacement.lastIndexOf('.'));
        boolean alreadyVisible =
            added.contains(replacement)
                || replacementPackage.equals(file.packageName())
                || imports.stream()
                    .anyMatch(
                        i ->
                            !i.isStatic()
                                && !i.isAsterisk()
                                && i.getNameAsString().equals(replacement));
        edits.addAll(renames(oldSimple, newSimple, replacement, alreadyVisible));
      }
      boolean present =
          imports.stream()
              .anyMatch(
                  i ->
                      i != imp
                          && !i.isStatic()
                          && !i.isAsterisk()
                          && i.getNameAsString().equals(replacement));
      if (present || added.contains(replacement)) {
        edits.add(removeImport(imp));
      } else {
        added.add(replacement);
        edits.addAll(placeImport(imp, replacement));
      }
      return fix(edits);
    }

    /** Every use of the simple name {@code from} as a type in code, renamed to {@code to}. */
    private List<Edit> renames(
        String from, String to, String replacement, boolean toIsReplacement) {
      Set<String> declared = new HashSet<>();
      unit.findAll(TypeDeclaration.class).forEach(t -> declared.add(t.getNameAsString()));
      unit.findAll(TypeParameter.class).forEach(t -> declared.add(t.getNameAsString()));
      unit.findAll(VariableDeclarator.class).forEach(v -> declared.add(v.getNameAsString()));
      unit.findAll(Parameter.class).forEach(p -> declared.add(p.getNameAsString()));
      unit.findAll(EnumConstantDeclaration.class).forEach(e -> declared.add(e.getNameAsString()));
      if (declared.contains(from) || declared.contains(to)) {
        throw new Refused(
            "the file declares something named " + (declared.contains(from) ? from : to));
      }
      String pkg = file.packageName();
      for (TypeDecl type : toIsReplacement ? List.<TypeDecl>of() : graph.types()) {
        if (type.packageName().equals(pkg)
            && type.simpleName().equals(to)
            && !type.qualifiedName().equals(replacement)
            && type.qualifiedName()
                .equals(pkg.isEmpty() ? type.simpleName() : pkg + "." + type.simpleName())) {
          throw new Refused("the package has its own " + to + ": " + type.qualifiedName());
        }
      }
      List<Edit> edits = new ArrayList<>();
      for (ClassOrInterfaceType type : unit.findAll(ClassOrInterfaceType.class)) {
        if (!toIsReplacement && type.getScope().isEmpty() && type.getNameAsString().equals(to)) {
          throw new Refused("the code already uses another " + to);
        }
        if (type.getScope().isEmpty() && type.getNameAsString().equals(from)) {
          edits.add(rename(type.getName(), to));
        }
      }
      for (NameExpr name : unit.findAll(NameExpr.class)) {
        if (!toIsReplacement && name.getNameAsString().equals(to)) {
          throw new Refused("the code already uses another " + to);
        }
        if (name.getNameAsString().equals(from)) {
          edits.add(rename(name.getName(), to));
        }
      }
      for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
        Name name = annotation.getName();
        if (name.getQualifier().isEmpty() && name.getIdentifier().equals(from)) {
          edits.add(rename(name, to));
        }
      }
      return edits;
    }

    private Edit rename(Node name, String to) {
      int start = source.start(name.getBegin().orElseThrow());
      int end = source.end(name.getEnd().orElseThrow());
      if (start < 0 || end < 0) {
        throw new Refused("a use of the name could not be located");
      }
      String text = source.slice(start, end);
      String expected =
          name instanceof SimpleName simpleName
              ? simpleName.getIdentifier()
              : ((Name) name).getIdentifier();
      if (!text.equals(expected)) {
        throw new Refused("a use of the name is not where the parser put it");
      }
      return Edit.of(file.path(), start, end, to);
    }

    /**
     * The new import where the file's style puts it: at its sorted place in the group of imports
     * sharing most of its package when that group is sorted, else in the old import's place.
     */
    private List<Edit> placeImport(ImportDeclaration old, String replacement) {
      String text = "import " + replacement + ";";
      int start = source.start(old.getBegin().orElseThrow());
      int end = source.end(old.getEnd().orElseThrow());
      boolean aloneOnLine =
          source.slice(source.lineStart(start), start).isBlank()
              && source.slice(end, lineEnd(end)).isBlank();
      if (!aloneOnLine) {
        return List.of(Edit.of(file.path(), start, end, text));
      }
      List<List<ImportDeclaration>> groups = groups();
      List<ImportDeclaration> best = null;
      int bestShared = 0;
      for (List<ImportDeclaration> group : groups) {
        for (ImportDeclaration imp : group) {
          int shared = sharedSegments(imp.getNameAsString(), replacement);
          if (shared > bestShared || (shared == bestShared && shared > 0 && group.contains(old))) {
            bestShared = shared;
            best = group;
          }
        }
      }
      if (best == null) {
        best = groups.stream().filter(g -> g.contains(old)).findFirst().orElse(List.of(old));
      }
      List<ImportDeclaration> others = new ArrayList<>(best);
      others.remove(old);
      if (others.isEmpty() || !sorted(others)) {
        if (best.contains(old) || others.isEmpty()) {
          return List.of(Edit.of(file.path(), start, end, text));
        }
        ImportDeclaration last = others.get(others.size() - 1);
        int at = source.nextLine(source.end(last.getEnd().orElseThrow()) - 1);
        return List.of(insertLine(at, text), removeImport(old));
      }
      ImportDeclaration following = null;
      for (ImportDeclaration imp : others) {
        if (imp.getNameAsString().compareTo(replacement) > 0) {
          following = imp;
          break;
        }
      }
      ImportDeclaration neighbour = following != null ? following : others.get(others.size() - 1);
      int neighbourStart = source.start(neighbour.getBegin().orElseThrow());
      int at =
          following != null
              ? source.lineStart(neighbourStart)
              : source.nextLine(source.end(neighbour.getEnd().orElseThrow()) - 1);
      int oldLine = source.lineStart(start);
      int oldNext = source.nextLine(end - 1);
      if (at == oldLine || at == oldNext) {
        return List.of(Edit.of(file.path(), start, end, text)); // it goes where the old one is
      }
      if (at >= source.bytes.length && !endsWithNewline()) {
        return List.of(Edit.of(file.path(), start, end, text));
      }
      return List.of(insertLine(at, text), removeImport(old));
    }

    private boolean endsWithNewline() {
      byte last = source.bytes[source.bytes.length - 1];
      return last == '\n' || last == '\r';
    }

    private Edit insertLine(int at, String text) {
      return Edit.of(file.path(), at, at, text + source.newline);
    }

    /** Runs of single-type, non-static imports on consecutive lines. */
    private List<List<ImportDeclaration>> groups() {
      List<List<ImportDeclaration>> groups = new ArrayList<>();
      int lastLine = -2;
      for (ImportDeclaration imp : imports) {
        if (imp.isStatic() || imp.isAsterisk()) {
          lastLine = -2;
          continue;
        }
        int line = imp.getBegin().orElseThrow().line;
        if (groups.isEmpty() || line != lastLine + 1) {
          groups.add(new ArrayList<>());
        }
        groups.get(groups.size() - 1).add(imp);
        lastLine = imp.getEnd().orElseThrow().line;
      }
      return groups;
    }

    private static boolean sorted(List<ImportDeclaration> group) {
      for (int i = 1; i < group.size(); i++) {
        if (group.get(i - 1).getNameAsString().compareTo(group.get(i).getNameAsString()) > 0) {
          return false;
        }
      }
      return true;
    }

    private static int sharedSegments(String a, String b) {
      String[] x = a.split("\\.");
      String[] y = b.split("\\.");
      int shared = 0;
      while (shared < x.length - 1 && shared < y.length - 1 && x[shared].equals(y[shared])) {
        shared++;
      }
      return shared;
    }

    /** The import's line when nothing else is on it, else the statement alone. */
    private Edit removeImport(ImportDeclaration imp) {
      int start = source.start(imp.getBegin().orElseThrow());
      int end = source.end(imp.getEnd().orElseThrow());
      int lineStart = source.lineStart(start);
      int lineEnd = lineEnd(end);
      if (source.slice(lineStart, start).isBlank() && source.slice(end, lineEnd).isBlank()) {
        return Edit.of(file.path(), lineStart, source.nextLine(end - 1), "");
      }
      return Edit.of(file.path(), start, end, "");
    }

    private Edit replaceRange(ImportDeclaration imp, String text) {
      int start = source.start(imp.getBegin().orElseThrow());
      int end = source.end(imp.getEnd().orElseThrow());
      return Edit.of(file.path(), start, end, text);
    }

    /** The offset of the line break ending the line that holds {@code offset}. */
    private int lineEnd(int offset) {
      int at = offset;
      while (at < source.bytes.length && source.bytes[at] != '\n' && source.bytes[at] != '\r') {
        at++;
      }
      return at;
    }

    private Fix fix(List<Edit> edits) {
      return new Fix(edits, true, null);
    }
  }

  private static boolean identifierPart(byte b) {
    return b == '_' || b == '$' || Character.isLetterOrDigit(b) || b < 0;
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** A move that cannot be carried out, with the reason. */
  private static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }
}
