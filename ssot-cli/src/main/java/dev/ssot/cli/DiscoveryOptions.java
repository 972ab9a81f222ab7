package dev.ssot.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-ignore} and {@code --follow-links}: which files discovery analyses, shared by every
 * command that analyses a tree.
 */
final class DiscoveryOptions {

  @Option(
      names = "--no-ignore",
      description =
          "Also analyse what .gitignore files, .git/info/exclude and the built-in rules leave out: "
              + "virtual environments (a directory with pyvenv.cfg, .venv, venv), site-packages, "
              + ".tox, .nox, node_modules and build output (target/build/out beside a JVM build "
              + "file; build/dist/*.egg-info beside pyproject.toml, setup.py or setup.cfg). "
              + "Hidden directories stay out.")
  boolean noIgnore;

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links that lead to a place inside PATH (default: links are skipped and "
              + "listed). Links out of PATH are never followed; a file reached twice is analysed once.")
  boolean followLinks;
}
