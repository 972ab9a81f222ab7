package dev.ssot.rules.duplicates;

import dev.ssot.rules.harness.MarkerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FactoryProliferationRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("factory-proliferation");
  }
}
