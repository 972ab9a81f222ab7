package dev.ssot.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A module of a multi-module build (a Maven reactor module, say), as its build file declares it:
 * the source files below its directory belong to it, unless a nearer module's directory holds them.
 *
 * @param id the module's identity as other build files name it in their dependencies ({@code
 *     com.shop:core})
 * @param directory the directory of its build file, relative to the analysed root, with {@code /}
 *     ({@code ""}: the root itself)
 * @param buildFile the build file, relative to the analysed root
 * @param dependencies the ids of the modules and libraries it depends on directly, as declared
 *     (those that are no module of the analysed tree are ignored)
 */
public record BuildModule(
    String id, String directory, String buildFile, List<String> dependencies) {

  public BuildModule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(buildFile, "buildFile");
    dependencies = List.copyOf(dependencies);
  }
}
