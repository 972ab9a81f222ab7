package dev.ssot.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook for real: pre-commit installed with pip into a virtualenv under {@code
 * target/}, a temporary git repository with a Java and a Python project whose git pre-commit hook
 * is {@code pre-commit try-repo <this repository> ssot}, and real commits: a clean one goes
 * through, one adding a duplicate (Java or Python) is refused with the finding shown, and a commit
 * of an unrelated file goes through although the tree holds a duplicate (only the staged files'
 * findings are reported). The hook uses this build's jar through {@code SSOT_JAR}. Skipped, with
 * the reason, where python3 or git is missing or pip cannot install pre-commit.
 */
class PreCommitHookIT {

  private static final Path REPO = GithubActionIT.REPO;
  private static final Path VENV = Path.of("target/pre-commit-venv").toAbsolutePath();
  private static Path preCommit;

  @TempDir Path temp;

  record Result(int code, String output) {}

  static Result exec(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Result(-1, output + "\n(timed out)");
    }
    return new Result(process.exitValue(), output);
  }

  static boolean onPath(String tool) {
    try {
      return exec(Path.of("."), Map.of(), tool, "--version").code() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @BeforeAll
  static void installPreCommit() throws Exception {
    assumeTrue(onPath("git"), "skipped: git is not installed");
    assumeTrue(onPath("python3"), "skipped: python3 is not installed, so pre-commit cannot be");
    preCommit = VENV.resolve("bin/pre-commit");
    if (!Files.isExecutable(preCommit)) {
      Result venv = exec(Path.of("."), Map.of(), "python3", "-m", "venv", VENV.toString());
      assumeTrue(venv.code() == 0, "skipped: python3 -m venv failed: " + venv.output());
      // One try per index: an index that cannot be reached fails fast instead of retrying.
      Result pip =
          exec(
              Path.of("."),
              Map.of("PIP_RETRIES", "0", "PIP_DISABLE_PIP_VERSION_CHECK", "1"),
              VENV.resolve("bin/pip").toString(),
              "install",
              "-q",
              "pre-commit");
      assumeTrue(
          pip.code() == 0 && Files.isExecutable(preCommit),
          "skipped: pip could not install pre-commit: " + pip.output());
    }
    System.out.println(
        "[pre-commit] "
            + exec(Path.of("."), Map.of(), preCommit.toString(), "--version").output().strip());
  }

  @Test
  void aCommitAddingADuplicateIsRefusedAndACleanOneGoesThrough() throws Exception {
    Path project = temp.resolve("project");
    Map<String, String> env =
        Map.of(
            "SSOT_JAR",
            GithubActionIT.JAR.toString(),
            "PRE_COMMIT_HOME",
            temp.resolve("pre-commit-home").toString(),
            "GIT_AUTHOR_NAME",
            "t",
            "GIT_AUTHOR_EMAIL",
            "t@example.org",
            "GIT_COMMITTER_NAME",
            "t",
            "GIT_COMMITTER_EMAIL",
            "t@example.org");
    write(project, "src/main/java/com/acme/a/Cache.java", javaCache("com.acme.a"));
    write(project, "app/__init__.py", "");
    write(project, "app/core/__init__.py", "");
    write(project, "app/core/cache.py", pythonCache());
    git(project, env, "init", "-q", "-b", "main");
    git(project, env, "config", "commit.gpgsign", "false");
    git(project, env, "add", "-A");
    git(project, env, "commit", "-q", "-m", "a clean start");
    Path hook = project.resolve(".git/hooks/pre-commit");
    Files.writeString(hook, "#!/bin/sh\nexec '" + preCommit + "' try-repo '" + REPO + "' ssot\n");
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

    write(
        project,
        "src/main/java/com/acme/a/Main.java",
        "package com.acme.a;\n\npublic class Main {\n  public static void main(String[] args) {\n"
            + "    System.out.println(new Cache().get(\"k\"));\n  }\n}\n");
    write(
        project,
        "app/core/main.py",
        "from app.core.cache import Cache\n\nprint(Cache().get('k'))\n");
    Result clean = commit(project, env, "clean: uses the one Cache");
    System.out.println(
        "[pre-commit] clean commit: exit " + clean.code() + "\n" + clean.output().strip());
    assertEquals(0, clean.code(), clean.output());
    assertTrue(
        clean.output().contains("ssot") && clean.output().contains("Passed"), clean.output());

    write(project, "src/main/java/com/acme/b/Cache.java", javaCache("com.acme.b"));
    Result javaDuplicate = commit(project, env, "a second Cache in Java");
    System.out.println(
        "[pre-commit] Java duplicate: exit "
            + javaDuplicate.code()
            + "\n"
            + javaDuplicate.output().strip());
    assertNotEquals(0, javaDuplicate.code(), "the commit is refused");
    assertTrue(javaDuplicate.output().contains("Failed"), javaDuplicate.output());
    assertTrue(
        javaDuplicate
            .output()
            .contains(
                "src/main/java/com/acme/b/Cache.java:3:14: error: 'Cache' is a second definition"),
        javaDuplicate.output());
    assertEquals(2, commits(project, env), "no commit was made");
    git(project, env, "reset", "-q");
    Files.delete(project.resolve("src/main/java/com/acme/b/Cache.java"));

    write(project, "app/legacy/__init__.py", "");
    write(project, "app/legacy/cache.py", pythonCache());
    Result pythonDuplicate = commit(project, env, "a second Cache in Python");
    System.out.println(
        "[pre-commit] Python duplicate: exit "
            + pythonDuplicate.code()
            + "\n"
            + pythonDuplicate.output().strip());
    assertNotEquals(0, pythonDuplicate.code(), "the commit is refused");
    assertTrue(
        pythonDuplicate.output().contains("app/legacy/cache.py:1:7: error:"),
        pythonDuplicate.output());
    assertEquals(2, commits(project, env));

    // The duplicate lands anyway (hooks skipped); a later commit of another file is not blamed.
    git(project, env, "commit", "-q", "--no-verify", "-m", "the duplicate, hooks skipped");
    write(project, "app/core/util.py", "def answer():\n    return 42\n");
    Result unrelated = commit(project, env, "an unrelated file");
    System.out.println(
        "[pre-commit] unrelated file beside a committed duplicate: exit "
            + unrelated.code()
            + "\n"
            + unrelated.output().strip());
    assertEquals(0, unrelated.code(), unrelated.output());
    assertFalse(unrelated.output().contains("app/legacy/cache.py"), unrelated.output());
    assertEquals(4, commits(project, env));
    assertFalse(Files.exists(project.resolve(".ssot-cache")), "the parse cache stays inside .git");
    assertTrue(Files.isDirectory(project.resolve(".git/ssot-cache")));
  }

  private static Result commit(Path project, Map<String, String> env, String message)
      throws IOException, InterruptedException {
    git(project, env, "add", "-A");
    return exec(project, env, "git", "commit", "-m", message);
  }

  private static int commits(Path project, Map<String, String> env) throws Exception {
    return Integer.parseInt(
        exec(project, env, "git", "rev-list", "--count", "HEAD").output().strip());
  }

  private static void git(Path project, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Files.createDirectories(project);
    Result result = exec(project, env, command);
    assertEquals(0, result.code(), List.of(command) + ": " + result.output());
  }

  private static void write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static String javaCache(String pkg) {
    return "package "
        + pkg
        + ";\n\npublic class Cache {\n"
        + "  public String get(String key) { return key; }\n"
        + "  public void put(String key, String value) {}\n"
        + "  public void clear() {}\n}\n";
  }

  private static String pythonCache() {
    return "class Cache:\n    def get(self, key):\n        return key\n\n"
        + "    def put(self, key, value):\n        pass\n\n    def clear(self):\n        pass\n";
  }
}
