package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.TypeDecl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Python file with a syntax error is reported with its line, and the rest of the tree is
 * analysed.
 */
class PythonParseProblemTest {

  @Test
  void aTreeWithAFileThatDoesNotParseReportsItAndAnalysesTheRest() {
    AnalysisResult result =
        Analysis.run(
            AnalysisRequest.builder(Path.of("src/test/resources/python/trees/broken")).build());
    assertEquals(
        List.of(new ParseProblem("app/broken.py", 6, "invalid syntax")),
        result.report().parseProblems(),
        "where Python reports the bracket that is never closed");
    assertEquals(
        List.of("app/__init__.py", "app/also_good.py", "app/good.py"),
        result.graph().files().stream().map(FileFacts::path).toList());
    assertEquals(
        List.of("app.also_good.AlsoGood", "app.good.Good"),
        result.graph().types().stream().map(TypeDecl::qualifiedName).sorted().toList());
    assertEquals(
        List.of("app.good.Good"),
        result.graph().supertypesOf("app.also_good.AlsoGood"),
        "the rest is linked as usual");
    assertEquals(
        List.of(),
        result.graph().unresolvedImports(),
        "from app.broken import Broken: a module that does not parse exists, what it binds is unknown");
  }
}
