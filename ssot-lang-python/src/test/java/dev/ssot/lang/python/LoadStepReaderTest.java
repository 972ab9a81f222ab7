package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the Python front end records as running when a module is imported, in order. */
class LoadStepReaderTest {

  private static final Path ROOT = Path.of("src/test/resources/python/load");

  private static List<LoadStep> stepsOf(String relative, String module) throws IOException {
    Path file = ROOT.resolve(relative);
    ParseOutcome outcome =
        new PythonSourceParser()
            .parse(new SourceFile(file, relative, false, module), Files.readAllBytes(file));
    return ((ParseOutcome.Parsed) outcome).facts().module().loadSteps();
  }

  /** One line per step: line, kind, what it names, and its flags. */
  private static String render(List<LoadStep> steps) {
    return steps.stream()
        .map(
            s ->
                s.line()
                    + " "
                    + s.kind()
                    + " "
                    + s.describe()
                    + (s.catches() != 0 ? " catches=" + s.catches() : "")
                    + (s.conditional() ? " conditional" : ""))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void stepsFollowExecutionOrderAndSkipWhatDoesNotRunAtImportTime() throws IOException {
    assertEquals(
        String.join(
            "\n",
            "4 LOAD import os.path",
            "5 LOAD import shop.billing as billing",
            "6 LOAD_FROM from shop import tax",
            "7 LOAD_FROM from shop.tax import RATE as TAX_RATE",
            "8 LOAD_FROM from shop.tax import *",
            "8 LOAD_FROM from typing import TYPE_CHECKING",
            // if TYPE_CHECKING: never runs
            "14 LOAD_FROM from shop.fast import speedup catches=1",
            "16 BIND speedup = … conditional",
            // ModuleNotFoundError does not catch a circular ImportError
            "19 LOAD_FROM from shop.fast import other",
            "21 BIND other = … conditional",
            // decorator and bases first, then the class body, then the class name
            "24 READ billing.register",
            "25 READ billing.Base",
            "26 READ tax.CURRENCY",
            "27 LOAD_FROM from shop import helpers",
            "29 READ billing.ROUNDING",
            "25 BIND Order = …",
            // a default value runs; the function body and a lambda's do not
            "34 READ os.path.sep",
            "34 BIND make = …",
            "38 READ tax.split",
            "38 BIND first = …",
            "38 BIND second = …",
            "38 BIND rest = …",
            "39 BIND counter = …",
            "40 BIND counter = …"),
        // `billing.patched = True` sets an attribute: no read; `if __name__ == "__main__":` never
        // runs
        render(stepsOf("shop/orders.py", "shop.orders")));
  }

  @Test
  void exceptClausesCatchImportAndAttributeErrorsByName() {
    assertEquals(LoadStep.CATCHES_IMPORT | LoadStep.CATCHES_ATTRIBUTE, LoadStepReader.caught(""));
    assertEquals(
        LoadStep.CATCHES_IMPORT | LoadStep.CATCHES_ATTRIBUTE, LoadStepReader.caught("Exception"));
    assertEquals(LoadStep.CATCHES_IMPORT, LoadStepReader.caught("(ImportError, ValueError) as e"));
    assertEquals(LoadStep.CATCHES_ATTRIBUTE, LoadStepReader.caught("builtins.AttributeError"));
    assertEquals(0, LoadStepReader.caught("ModuleNotFoundError"));
    assertEquals(0, LoadStepReader.caught("KeyError as ImportError"));
  }
}
