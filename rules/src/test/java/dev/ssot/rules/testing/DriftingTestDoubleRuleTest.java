package dev.ssot.rules.testing;

import dev.ssot.rules.harness.MarkerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DriftingTestDoubleRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("drifting-test-double");
  }
}
