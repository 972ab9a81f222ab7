package dev.ssot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.config.ConfigLoader;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.rule.RuleDescriptor;
import dev.ssot.core.testing.PackageListingRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule selection and option binding, over the test rules {@code package-listing} and {@code
 * exploding}.
 */
class RuleSelectionTest {

  private static final RuleRegistry REGISTRY =
      RuleRegistry.load(RuleSelectionTest.class.getClassLoader());

  @TempDir Path dir;

  private SsotConfig config(String yaml) throws IOException {
    Path file = dir.resolve("ssot.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file);
  }

  private static List<String> ids(List<RuleDescriptor> rules) {
    return rules.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void defaultsThenConfigThenTheRequestDecide() throws IOException {
    AnalysisRequest plain = AnalysisRequest.builder(dir).build();
    assertEquals(
        List.of("package-listing"),
        ids(RuleSelection.select(plain, SsotConfig.defaults(), REGISTRY)));
    SsotConfig switched =
        config("rules:\n  exploding:\n    enabled: true\n  package-listing:\n    enabled: false\n");
    assertEquals(List.of("exploding"), ids(RuleSelection.select(plain, switched, REGISTRY)));
    AnalysisRequest selecting =
        AnalysisRequest.builder(dir)
            .select(List.of("package-listing", "exploding"))
            .ignore(List.of("exploding"))
            .build();
    assertEquals(
        List.of("package-listing"), ids(RuleSelection.select(selecting, switched, REGISTRY)));
  }

  @Test
  void unknownRulesAreErrorsThatNameWhereTheyCameFrom() throws IOException {
    ConfigException inConfig =
        assertThrows(
            ConfigException.class,
            () ->
                RuleSelection.select(
                    AnalysisRequest.builder(dir).build(),
                    config("rules:\n  nope: {}\n"),
                    REGISTRY));
    assertTrue(inConfig.getMessage().contains("rules.nope"), inConfig.getMessage());
    AnalysisException inRequest =
        assertThrows(
            AnalysisException.class,
            () ->
                RuleSelection.select(
                    AnalysisRequest.builder(dir).ignore(List.of("nope")).build(),
                    SsotConfig.defaults(),
                    REGISTRY));
    assertTrue(inRequest.getMessage().contains("unknown rule 'nope'"), inRequest.getMessage());
  }

  @Test
  void optionsAreBoundForSelectedAndConfiguredRules() throws IOException {
    SsotConfig config = config("rules:\n  package-listing:\n    minFiles: 3\n");
    RuleDescriptor listing = REGISTRY.find("package-listing").orElseThrow();
    RuleOptions options = RuleOptions.bind(config, REGISTRY, List.of());
    assertEquals(3, options.of(listing, PackageListingRule.Options.class).minFiles());
    RuleOptions defaults = RuleOptions.bind(SsotConfig.defaults(), REGISTRY, List.of(listing));
    assertEquals(
        new PackageListingRule.Options(null, null),
        defaults.of(listing, PackageListingRule.Options.class));
    IllegalStateException wrongType =
        assertThrows(IllegalStateException.class, () -> options.of(listing, Other.class));
    assertTrue(wrongType.getMessage().contains("asked for options"), wrongType.getMessage());
  }

  @Test
  void aBadOptionIsAConfigErrorNamingTheKey() throws IOException {
    SsotConfig config = config("rules:\n  package-listing:\n    minFiles: many\n");
    ConfigException error =
        assertThrows(ConfigException.class, () -> RuleOptions.bind(config, REGISTRY, List.of()));
    assertTrue(error.getMessage().contains("rules.package-listing.minFiles"), error.getMessage());
  }

  private record Other(String value) {}
}
