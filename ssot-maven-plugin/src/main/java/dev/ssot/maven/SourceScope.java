package dev.ssot.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.project.MavenProject;

/**
 * What one analysis covers, read from the Maven model: the analysed root (report paths are relative
 * to it) and the compile and test source roots of one project or of the whole reactor. Only roots
 * that exist are kept, so a project without sources (a parent POM) has an empty scope.
 *
 * @param root the analysed root, absolute
 * @param mainRoots compile source roots, absolute, in reactor order
 * @param testRoots test compile source roots, absolute, in reactor order
 */
record SourceScope(Path root, List<Path> mainRoots, List<Path> testRoots) {

  SourceScope {
    mainRoots = List.copyOf(mainRoots);
    testRoots = List.copyOf(testRoots);
  }

  /** One project: its basedir and its own source roots. */
  static SourceScope ofModule(MavenProject project) {
    return of(project.getBasedir().toPath(), List.of(project));
  }

  /**
   * Several projects analysed together under {@code root} (the execution root in aggregate mode).
   */
  static SourceScope of(Path root, List<MavenProject> projects) {
    Set<Path> main = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();
    for (MavenProject project : projects) {
      // Copies: in a parallel build other modules may still be adding roots to their lists.
      main.addAll(existing(project, new ArrayList<>(project.getCompileSourceRoots())));
      test.addAll(existing(project, new ArrayList<>(project.getTestCompileSourceRoots())));
    }
    test.removeAll(main);
    return new SourceScope(
        root.toAbsolutePath().normalize(), new ArrayList<>(main), new ArrayList<>(test));
  }

  /**
   * Whether {@code project} is the last project of the reactor, where an aggregate analysis runs:
   * by then every module before it has gone through its lifecycle, so source roots that plugins add
   * during a module's build (generated sources, build-helper) are in the model.
   */
  static boolean isLast(MavenProject project, List<MavenProject> reactor) {
    if (reactor.isEmpty()) {
      return true;
    }
    MavenProject last = reactor.get(reactor.size() - 1);
    return last.getBasedir().equals(project.getBasedir()) && last.getId().equals(project.getId());
  }

  boolean isEmpty() {
    return mainRoots.isEmpty() && testRoots.isEmpty();
  }

  private static List<Path> existing(MavenProject project, List<String> roots) {
    List<Path> dirs = new ArrayList<>();
    for (String root : roots) {
      File dir = new File(root);
      if (!dir.isAbsolute()) {
        dir = new File(project.getBasedir(), root);
      }
      Path path = dir.toPath().toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        dirs.add(path);
      }
    }
    return dirs;
  }
}
