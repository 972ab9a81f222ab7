package dev.ssot.lang.python;

import dev.ssot.core.config.EmbeddedConfigFile;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.parse.DiscoveryRule;
import java.util.List;

/**
 * What Python's tools leave in a source tree besides code, for discovery to leave out: virtual
 * environments (a directory holding {@code pyvenv.cfg}, or named {@code .venv} or {@code venv}),
 * installed packages ({@code site-packages}), tox and nox environments, and build output ({@code
 * build}, {@code dist} or {@code *.egg-info} beside {@code pyproject.toml}, {@code setup.py} or
 * {@code setup.cfg}); and the project file that may hold ssot's config ({@code pyproject.toml} with
 * a {@code [tool.ssot]} table).
 */
final class PythonProjectFiles {

  static final SkippedPath.Reason VIRTUALENV =
      new SkippedPath.Reason("virtualenv", "Python virtual environment", true);
  static final SkippedPath.Reason SITE_PACKAGES =
      new SkippedPath.Reason("site-packages", "installed Python packages", true);
  static final SkippedPath.Reason TOOL_ENVIRONMENT =
      new SkippedPath.Reason("tool-environment", "tox or nox environment", true);

  /** The project file that may hold ssot's config: {@code pyproject.toml}, {@code [tool.ssot]}. */
  static final EmbeddedConfigFile PYPROJECT = new EmbeddedConfigFile("pyproject.toml", "tool.ssot");

  /** The rules, in the order they are tried. */
  static final List<DiscoveryRule> DISCOVERY_RULES =
      List.of(
          DiscoveryRule.named(VIRTUALENV, ".venv", "venv"),
          DiscoveryRule.holding(VIRTUALENV, "pyvenv.cfg"),
          DiscoveryRule.named(TOOL_ENVIRONMENT, ".tox", ".nox"),
          DiscoveryRule.named(SITE_PACKAGES, "site-packages"),
          DiscoveryRule.named(SkippedPath.Reason.BUILD_OUTPUT, "build", "dist")
              .orEndingWith(".egg-info")
              .besideAnyOf("pyproject.toml", "setup.py", "setup.cfg"));

  private PythonProjectFiles() {}
}
